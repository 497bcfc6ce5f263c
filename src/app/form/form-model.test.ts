import { describe, expect, it } from 'vitest';
import { buildForm } from '../../client/form';
import { catalogueProvider } from '../../../test/app/catalogue';
import { integration, session } from '../../../test/app/fixtures';
import { createFormModel } from './form-model';

const jira = () => buildForm({ provider: catalogueProvider('jira-basic'), integration: integration('jira'), session: session(), newExternalId: () => 'x' });

describe('createFormModel', () => {
  it('validates as the user types but shows an issue only once the field was edited', () => {
    const form = createFormModel(jira());
    expect(form.isValid.value).toBe(false);
    expect(form.shownIssues.value).toEqual({});
    form.setValue('params.subdomain', 'Bad Domain');
    expect(form.shownIssues.value).toEqual({ 'params.subdomain': 'pattern' });
    form.setValue('params.subdomain', 'acme');
    expect(form.shownIssues.value).toEqual({});
  });

  it('reveals every issue on a submit attempt', () => {
    const form = createFormModel(jira());
    form.revealIssues();
    expect(Object.keys(form.shownIssues.value)).toEqual(['params.subdomain', 'credentials.username', 'credentials.password']);
  });

  it('is dirty once a visible value changes, clean again after success', () => {
    const form = createFormModel(jira());
    expect(form.isDirty.value).toBe(false);
    form.setValue('credentials.username', 'ada@example.com');
    expect(form.isDirty.value).toBe(true);
    form.markClean();
    expect(form.isDirty.value).toBe(false);
  });

  it('keeps what the user typed when rebuilt, but not over a preset', () => {
    const first = createFormModel(jira());
    first.setValue('credentials.username', 'ada@example.com');
    first.setValue('params.subdomain', 'typed');
    const preset = session({ integrations_config_defaults: { jira: { connection_config: { subdomain: 'admin-set' } } } });
    const rebuilt = createFormModel(buildForm({ provider: catalogueProvider('jira-basic'), integration: integration('jira'), session: preset, newExternalId: () => 'x' }), first.values.value);
    expect(rebuilt.values.value).toMatchObject({ 'credentials.username': 'ada@example.com', 'params.subdomain': 'admin-set' });
    expect(rebuilt.visibleFields.map((field) => field.key)).toEqual(['credentials.username', 'credentials.password']);
  });

  it('flags an invalid preset the user cannot fix', () => {
    const preset = session({ integrations_config_defaults: { jira: { connection_config: { subdomain: 'Not Valid!' } } } });
    const form = createFormModel(buildForm({ provider: catalogueProvider('jira-basic'), integration: integration('jira'), session: preset, newExternalId: () => 'x' }));
    expect(form.hasInvalidPreset.value).toBe(true);
  });
});
