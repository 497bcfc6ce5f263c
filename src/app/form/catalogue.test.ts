import { describe, expect, it } from 'vitest';
import { z } from '../../protocol/zod';
import { providerSchema } from '../../contract/connect';
import { planSubmission } from '../../client/auth';
import { createFormModel } from './form-model';
import { catalogue } from '../../../test/app/catalogue';
import { integration, session } from '../../../test/app/fixtures';
import { buildForm } from '../../client/form';

// Every provider of Nango's full providers.yaml: its form builds, every pattern compiles or is
// safely set aside, and a submit can be planned. A new catalogue entry that breaks the widget
// fails here, not in front of a user.

const entries = [...catalogue().entries()];

describe('the full provider catalogue', () => {
  it('has the ~1,000 providers of Nango’s catalogue', () => {
    expect(entries.length).toBeGreaterThan(950);
  });

  it('builds the form of every provider without an exception', () => {
    const failures: string[] = [];
    for (const [key, raw] of entries) {
      try {
        const provider = z.parse(providerSchema, { ...raw, name: key });
        const spec = buildForm({ provider, integration: integration(key), session: session(), newExternalId: () => 'x' });
        const form = createFormModel(spec);
        expect(form.isValid.value).toBeTypeOf('boolean');
        planSubmission({ provider, providerConfigKey: key, values: form.values.value, externalId: spec.externalId }, 'token');
      } catch (error) {
        failures.push(`${key}: ${String(error)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('compiles every pattern, or sets it aside without crashing', () => {
    const setAside: string[] = [];
    for (const [key, raw] of entries) {
      const provider = z.parse(providerSchema, { ...raw, name: key });
      const spec = buildForm({ provider, integration: integration(key), session: session(), newExternalId: () => 'x' });
      const groups = [provider.credentials, provider.connection_config, provider.assertion_option, provider.integration_config];
      for (const field of spec.fields) {
        const source = groups.map((group) => group?.[field.name]?.pattern).find(Boolean);
        if (source && !field.pattern) setAside.push(`${key}.${field.name}`);
      }
    }
    // freshteam's does not compile in JavaScript (an out-of-order range); the others nest an unbounded
    // quantifier in a repeated group, which `compilePattern` refuses as a possible ReDoS. These fields
    // are checked without their pattern; the API still validates them.
    expect(setAside.sort()).toEqual([
      'acumatica.instanceUrl',
      'crowdstrike.baseUrl',
      'databricks-workspace.databricksInstance',
      'freshteam.apiKey',
      'google-service-account.scopes',
      'jira-data-center.endpointURL',
      'juniper-mist.subdomain',
      'sap-odata-basic.apiServer',
      'sap-odata-oauth2-cc.apiServer',
    ]);
  });

  it('never produces a docs link that is not an absolute http(s) URL', () => {
    let links = 0;
    for (const [key, raw] of entries) {
      const provider = z.parse(providerSchema, { ...raw, name: key });
      const spec = buildForm({ provider, integration: integration(key), session: session(), newExternalId: () => 'x' });
      for (const url of [spec.guideUrl, ...spec.fields.map((field) => field.docUrl)]) {
        if (url === null) continue;
        links += 1;
        expect(url).toMatch(/^https?:\/\/[^\s]+$/);
        expect(url).not.toContain('undefined');
      }
    }
    // Most providers have a guide and field anchors: the loop checked real links, not only nulls.
    expect(links).toBeGreaterThan(500);
  });
});
