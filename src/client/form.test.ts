import { describe, expect, it } from 'vitest';
import type { Provider } from '../contract/connect';
import { catalogueProvider } from '../../test/app/catalogue';
import { integration, session } from '../../test/app/fixtures';
import { buildForm, type FormInput } from './form';

const input = (provider: Provider, extra: Partial<FormInput> = {}): FormInput => ({
  provider,
  integration: integration(provider.name ?? 'key'),
  session: session(),
  newExternalId: () => 'generated-id',
  ...extra,
});
const keys = (provider: Provider, extra?: Partial<FormInput>) => buildForm(input(provider, extra)).fields.map((field) => field.key);
const fieldOf = (provider: Provider, key: string, extra?: Partial<FormInput>) => buildForm(input(provider, extra)).fields.find((field) => field.key === key);

describe('buildForm on examples from Nango’s catalogue', () => {
  it('zendesk: one subdomain field with its adornments, pattern, example and doc link', () => {
    const zendesk = catalogueProvider('zendesk');
    expect(keys(zendesk)).toEqual(['params.subdomain']);
    expect(fieldOf(zendesk, 'params.subdomain')).toMatchObject({
      label: { text: 'Zendesk Domain' },
      description: 'The subdomain of your Zendesk account',
      placeholder: 'domain',
      prefix: 'https://',
      suffix: '.zendesk.com',
      isRequired: true,
      isHidden: false,
      docUrl: 'https://nango.dev/docs/api-integrations/zendesk/connect#step-1-finding-your-subdomain',
    });
    expect(fieldOf(zendesk, 'params.subdomain')?.pattern?.test('acme')).toBe(true);
  });

  it('zendesk: a subdomain preset by the session is hidden, leaving no visible field', () => {
    const zendesk = catalogueProvider('zendesk');
    const preset = session({ integrations_config_defaults: { zendesk: { connection_config: { subdomain: 'acme' } } } });
    expect(fieldOf(zendesk, 'params.subdomain', { session: preset })).toMatchObject({ isHidden: true, initialValue: 'acme' });
  });

  it('openai: a password input for the API key with its documentation anchor', () => {
    const openai = catalogueProvider('openai');
    expect(keys(openai)).toEqual(['credentials.apiKey']);
    expect(fieldOf(openai, 'credentials.apiKey')).toMatchObject({
      label: { text: 'API Key' },
      isSecret: true,
      docUrl: 'https://nango.dev/docs/integrations/all/openai/connect#step-1-retrieve-your-openai-api-key',
    });
  });

  it('anthropic: the API key, then the version (no order: after credentials), no docs link', () => {
    const anthropic = catalogueProvider('anthropic');
    expect(keys(anthropic)).toEqual(['credentials.apiKey', 'params.version']);
    expect(fieldOf(anthropic, 'params.version')).toMatchObject({ label: { text: 'API Version' }, placeholder: '2023-06-01', docUrl: null });
    expect(buildForm(input(anthropic)).guideUrl).toBeNull();
  });

  it('jira-basic: the ordered subdomain first, then email and API key', () => {
    const jira = catalogueProvider('jira-basic');
    expect(keys(jira)).toEqual(['params.subdomain', 'credentials.username', 'credentials.password']);
    expect(fieldOf(jira, 'credentials.username')).toMatchObject({ label: { text: 'Email Address' }, format: 'email' });
    expect(fieldOf(jira, 'params.subdomain')).toMatchObject({ suffix: '.atlassian.net', prefix: 'https://' });
  });

  it('bamboohr-basic: the password is hidden with its default "x"; the API key is secret with a pattern', () => {
    const bamboo = catalogueProvider('bamboohr-basic');
    expect(keys(bamboo)).toEqual(['params.subdomain', 'credentials.username', 'credentials.password']);
    expect(fieldOf(bamboo, 'credentials.password')).toMatchObject({ isHidden: true, initialValue: 'x', isRequired: false });
    expect(fieldOf(bamboo, 'credentials.username')).toMatchObject({ label: { text: 'API key' }, isSecret: true });
    expect(fieldOf(bamboo, 'credentials.username')?.pattern?.test('a'.repeat(40))).toBe(true);
  });
});

const custom = (fields: Provider['connection_config'], extra: Partial<Provider> = {}): Provider => ({
  name: 'custom',
  auth_mode: 'API_KEY',
  docs_connect: 'https://docs.example.com/connect',
  connection_config: fields,
  ...extra,
});

describe('buildForm on every field key', () => {
  it('optional: badge, empty allowed; enum: select, a required one starts on its first option', () => {
    const provider = custom({ region: { enum: ['us', 'eu'] }, plan: { enum: ['a', 'b'], optional: true } });
    expect(fieldOf(provider, 'params.region')).toMatchObject({ options: ['us', 'eu'], initialValue: 'us', isRequired: true });
    expect(fieldOf(provider, 'params.plan')).toMatchObject({ options: ['a', 'b'], initialValue: '', isOptional: true, isRequired: false });
  });

  it('default_value pre-fills and lifts the required rule; hidden hides; automated skips', () => {
    const provider = custom({ a: { default_value: '' }, b: { hidden: true, default_value: 'v' }, c: { automated: true } });
    expect(fieldOf(provider, 'params.a')).toMatchObject({ initialValue: '', isRequired: false });
    expect(fieldOf(provider, 'params.b')).toMatchObject({ isHidden: true, initialValue: 'v' });
    expect(fieldOf(provider, 'params.c')).toBeUndefined();
  });

  it('secret → password; format and prefix/suffix carried; doc_section only with a guide', () => {
    const provider = custom({ host: { secret: true, format: 'hostname', prefix: 'https://', suffix: '/api', doc_section: '#host' } });
    expect(fieldOf(provider, 'params.host')).toMatchObject({ isSecret: true, format: 'hostname', prefix: 'https://', suffix: '/api', docUrl: 'https://docs.example.com/connect#host' });
    const unsafe = custom({ host: { doc_section: '#host' } }, { docs_connect: 'javascript:alert(1)' });
    expect(fieldOf(unsafe, 'params.host')?.docUrl).toBeNull();
    expect(buildForm(input(unsafe)).guideUrl).toBeNull();
  });

  it('order: connection parameters with an order come before the credentials', () => {
    const provider = custom({ late: {}, early: { order: 2 }, first: { order: 1 } });
    expect(keys(provider)).toEqual(['params.first', 'params.early', 'credentials.apiKey', 'params.late']);
  });

  it('a session docs override replaces the guide and is used as is for field links', () => {
    const provider = custom({ host: { doc_section: '#host' } });
    const overridden = session({ overrides: { custom: { docs_connect: 'https://help.customer.com/x' } } });
    const form = buildForm(input(provider, { integration: integration('custom'), session: overridden }));
    expect(form.guideUrl).toBe('https://help.customer.com/x');
    expect(form.fields.find((field) => field.key === 'params.host')?.docUrl).toBe('https://help.customer.com/x');
  });

  it('credentials_label replaces the label, hides the description and empties the placeholder', () => {
    const provider = custom({}, { credentials: { apiKey: { title: 'API Key', description: 'd', example: 'e' } } });
    const labelled = { ...integration('custom'), credentials_label: { apiKey: 'Workspace token' } };
    expect(fieldOf(provider, 'credentials.apiKey', { integration: labelled })).toMatchObject({ label: { text: 'Workspace token' }, description: null, placeholder: null });
  });

  it('uses built-in labels for base fields a provider does not describe', () => {
    expect(fieldOf(custom({}), 'credentials.apiKey')).toMatchObject({ label: { key: 'default.apiKey' }, isSecret: true });
  });

  it('TWO_STEP: integration_config fields are asked (as required) unless preconfigured', () => {
    const provider: Provider = {
      name: 'two',
      auth_mode: 'TWO_STEP',
      credentials: { email: { title: 'Email' } },
      integration_config: { client_id: { title: 'Client', optional: true }, client_secret: { title: 'Secret' } },
    };
    const item = { ...integration('two'), preconfigured_credentials: ['client_secret'] };
    expect(keys(provider, { integration: item })).toEqual(['credentials.email', 'credentials.client_id']);
    expect(fieldOf(provider, 'credentials.client_id', { integration: item })).toMatchObject({ isOptional: false, isRequired: true });
  });

  it('only TWO_STEP asks for integration_config: in any other mode it is the operator’s, not the user’s', () => {
    const provider: Provider = { name: 'key', auth_mode: 'API_KEY', credentials: { apiKey: { title: 'Key' } }, integration_config: { client_secret: { title: 'Secret' } } };
    expect(keys(provider)).toEqual(['credentials.apiKey']);
  });

  it('OAUTH2_CC: certificates only when required; client_secret optional with private_key_jwt', () => {
    const base: Provider = { name: 'cc', auth_mode: 'OAUTH2_CC' };
    expect(keys(base)).toEqual(['credentials.client_id', 'credentials.client_secret']);
    expect(keys({ ...base, require_client_certificate: true })).toContain('credentials.client_private_key');
    expect(fieldOf({ ...base, token_request_auth_method: 'private_key_jwt' }, 'credentials.client_secret')).toMatchObject({ isOptional: true });
  });

  it('OAUTH2: offers the OAuth app overrides the session asks for', () => {
    const provider: Provider = { name: 'o', auth_mode: 'OAUTH2' };
    const withOverride = session({ integrations_config_defaults: { o: { connection_config: { oauth_client_id_override: '' } } } });
    expect(fieldOf(provider, 'credentials.oauth_client_id_override', { integration: integration('o'), session: withOverride })).toMatchObject({ isOptional: true });
    expect(keys(provider, { integration: integration('o') })).toEqual([]);
  });

  it('TBA and BILL ask for their base credentials', () => {
    expect(keys({ auth_mode: 'TBA' })).toEqual(['credentials.oauth_client_id_override', 'credentials.oauth_client_secret_override', 'credentials.token_id', 'credentials.token_secret']);
    expect(keys({ auth_mode: 'BILL' })).toEqual(['credentials.username', 'credentials.password', 'credentials.organization_id', 'credentials.dev_key']);
  });

  it('AWS_SIGV4: an External ID from the session or a fresh one, not shown on reconnect', () => {
    const aws: Provider = { name: 'aws', auth_mode: 'AWS_SIGV4' };
    expect(buildForm(input(aws))).toMatchObject({ externalId: 'generated-id', showExternalId: true });
    const preset = session({ integrations_config_defaults: { aws: { connection_config: { external_id: 'from-session' } } }, isReconnecting: true });
    expect(buildForm(input(aws, { integration: integration('aws'), session: preset }))).toMatchObject({ externalId: 'from-session', showExternalId: false });
  });
});
