import { describe, expect, it } from 'vitest';
import { configKindFor } from './config-kind';
import { emptyValues, integrationBody, splitScopes, suggestKey, validateIntegrationForm, type FormContext } from './integration-form';

const oauthContext: FormContext = { kind: 'oauth', authMode: 'OAUTH2', provider: 'hubspot', originalKey: null, takenKeys: new Set(['taken']) };
const apiKeyContext: FormContext = { ...oauthContext, kind: 'none', authMode: 'API_KEY', provider: 'stripe' };
const filled = { ...emptyValues, uniqueKey: 'crm', clientId: ' id ', clientSecret: 'secret', scopes: 'a, b c' };

describe('configKindFor', () => {
  it('asks OAuth apps for OAuth, app installs for their app, and nothing for API key and Basic', () => {
    expect(['OAUTH1', 'OAUTH2', 'TBA', 'API_KEY', 'BASIC', 'APP', 'CUSTOM', 'NONE'].map(configKindFor)).toEqual([
      'oauth', 'oauth', 'oauth-optional', 'none', 'none', 'app', 'app-oauth', 'none',
    ]);
  });
});

describe('validateIntegrationForm', () => {
  it('accepts a filled OAuth form and an API-key form with only an ID', () => {
    expect(validateIntegrationForm(filled, oauthContext)).toEqual({});
    expect(validateIntegrationForm({ ...emptyValues, uniqueKey: 'k' }, apiKeyContext)).toEqual({});
  });

  it('puts one clear message under each wrong field', () => {
    const errors = validateIntegrationForm({ ...emptyValues, uniqueKey: 'bad/key', scopes: 'ok, bäd' }, oauthContext);
    expect(errors).toEqual({
      uniqueKey: 'Use only letters, digits, spaces and ~ : . @ _ -.',
      clientId: 'Enter the client ID from the provider’s developer portal.',
      clientSecret: 'Enter the client secret from the provider’s developer portal.',
      scopes: 'Scopes may contain letters, digits and : / _ . * - only.',
    });
  });

  it('refuses a taken or empty ID, but not the integration’s own ID while editing', () => {
    expect(validateIntegrationForm({ ...emptyValues, uniqueKey: 'taken' }, apiKeyContext).uniqueKey).toBe('Another integration already uses this ID.');
    expect(validateIntegrationForm({ ...emptyValues, uniqueKey: ' ' }, apiKeyContext).uniqueKey).toBe('Enter an integration ID.');
    expect(validateIntegrationForm({ ...emptyValues, uniqueKey: 'taken' }, { ...apiKeyContext, originalKey: 'taken' })).toEqual({});
  });

  it('refuses an ID longer than the server stores (255 characters)', () => {
    expect(validateIntegrationForm({ ...emptyValues, uniqueKey: 'k'.repeat(255) }, apiKeyContext)).toEqual({});
    expect(validateIntegrationForm({ ...emptyValues, uniqueKey: 'k'.repeat(256) }, apiKeyContext).uniqueKey).toBe('Use at most 255 characters.');
  });

  it('checks optional OAuth credentials only once one of them is typed', () => {
    const optional = { ...oauthContext, kind: 'oauth-optional' as const };
    expect(validateIntegrationForm({ ...emptyValues, uniqueKey: 'k' }, optional)).toEqual({});
    expect(validateIntegrationForm({ ...emptyValues, uniqueKey: 'k', clientId: 'x' }, optional)).toHaveProperty('clientSecret');
  });
});

describe('integrationBody', () => {
  it('builds Nango’s create body: comma-separated scopes without spaces, no empty display name', () => {
    expect(integrationBody(filled, oauthContext)).toEqual({
      provider: 'hubspot',
      unique_key: 'crm',
      credentials: { type: 'OAUTH2', client_id: 'id', client_secret: 'secret', scopes: 'a,b,c' },
    });
    expect(integrationBody({ ...emptyValues, uniqueKey: 'k', displayName: 'Pay' }, apiKeyContext)).toEqual({ provider: 'stripe', unique_key: 'k', display_name: 'Pay' });
  });

  it('sends a new unique_key on edit only when it changed', () => {
    const edit = { ...apiKeyContext, originalKey: 'k' };
    expect(integrationBody({ ...emptyValues, uniqueKey: 'k' }, edit)).toEqual({});
    expect(integrationBody({ ...emptyValues, uniqueKey: 'k2' }, edit)).toEqual({ unique_key: 'k2' });
  });
});

describe('allowed hosts', () => {
  it('pins OAuth2 integrations to the hosts typed, lower-cased; an emptied field removes the pins on edit', () => {
    expect(integrationBody({ ...filled, allowedHosts: 'Canvas.Acme.edu, *.instructure.com' }, oauthContext)).toMatchObject({ allowed_hosts: ['canvas.acme.edu', '*.instructure.com'] });
    expect(integrationBody(filled, oauthContext)).not.toHaveProperty('allowed_hosts');
    expect(integrationBody({ ...filled, uniqueKey: 'crm' }, { ...oauthContext, originalKey: 'crm' })).toMatchObject({ allowed_hosts: null });
    expect(integrationBody({ ...emptyValues, uniqueKey: 'k', allowedHosts: 'x.test' }, apiKeyContext)).not.toHaveProperty('allowed_hosts');
  });

  it('refuses an entry that is not a host name, under the field', () => {
    expect(validateIntegrationForm({ ...filled, allowedHosts: 'https://canvas.acme.edu/' }, oauthContext)).toEqual({
      allowedHosts: 'Enter host names such as canvas.example.edu or *.example.edu, without https:// or a path.',
    });
    expect(validateIntegrationForm({ ...filled, allowedHosts: 'canvas.acme.edu *.instructure.com' }, oauthContext)).toEqual({});
  });
});

describe('helpers', () => {
  it('splits scopes on commas and spaces, and suggests a free key', () => {
    expect(splitScopes(' a,b  c,,')).toEqual(['a', 'b', 'c']);
    expect(suggestKey('github', new Set())).toBe('github');
    expect(suggestKey('github', new Set(['github', 'github-2']))).toBe('github-3');
  });
});
