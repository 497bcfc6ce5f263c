import { describe, expect, it } from 'vitest';
import type { Provider } from '../contract/connect';
import { authModes } from './auth';
import { planSubmission, type Submission } from './auth';

const token = 'nango_connect_session_abc';
const provider = (auth_mode: string, extra: Partial<Provider> = {}): Provider => ({ auth_mode, ...extra });
const submit = (auth_mode: string, values: Record<string, string>, extra: Partial<Submission> = {}) =>
  planSubmission({ provider: provider(auth_mode), providerConfigKey: 'my-key', values, externalId: null, ...extra }, token);

describe('planSubmission', () => {
  it.each([
    ['API_KEY', { 'credentials.apiKey': 'sk-1' }, '/api-auth/api-key/my-key', { apiKey: 'sk-1' }],
    ['BASIC', { 'credentials.username': 'ada', 'credentials.password': '' }, '/api-auth/basic/my-key', { username: 'ada', password: '' }],
    [
      'OAUTH2_CC',
      { 'credentials.client_id': 'id', 'credentials.client_secret': 'secret', 'credentials.client_certificate': '' },
      '/oauth2/auth/my-key',
      { client_id: 'id', client_secret: 'secret' },
    ],
    [
      'TBA',
      { 'credentials.token_id': 't', 'credentials.token_secret': 's', 'credentials.oauth_client_id_override': 'c', 'credentials.oauth_client_secret_override': 'cs' },
      '/auth/tba/my-key',
      { token_id: 't', token_secret: 's', oauth_client_id_override: 'c', oauth_client_secret_override: 'cs' },
    ],
    ['JWT', { 'credentials.privateKey': 'pk', 'credentials.issuerId': 'iss' }, '/auth/jwt/my-key', { privateKey: 'pk', issuerId: 'iss', type: 'JWT' }],
    ['TWO_STEP', { 'credentials.client_id': 'a', 'credentials.client_secret': 'b' }, '/auth/two-step/my-key', { client_id: 'a', client_secret: 'b', type: 'TWO_STEP' }],
    [
      'BILL',
      { 'credentials.username': 'u', 'credentials.password': 'p', 'credentials.organization_id': 'o', 'credentials.dev_key': 'd' },
      '/auth/bill/my-key',
      { username: 'u', password: 'p', organization_id: 'o', dev_key: 'd' },
    ],
    ['SIGNATURE', { 'credentials.username': 'u', 'credentials.password': 'p' }, '/auth/signature/my-key', { type: 'SIGNATURE', username: 'u', password: 'p' }],
    ['AWS_SIGV4', { 'credentials.role_arn': 'arn:aws:iam::1:role/x' }, '/auth/aws-sigv4/my-key', { role_arn: 'arn:aws:iam::1:role/x' }],
    ['NONE', {}, '/auth/unauthenticated/my-key', null],
  ])('%s posts to the route of its auth mode', (mode, values, path, body) => {
    expect(submit(mode, values)).toEqual({ kind: 'direct', request: { path, query: `connect_session_token=${token}`, body } });
  });

  it('sends TWO_STEP assertion options as assertionOption only when there are some', () => {
    const plan = submit('TWO_STEP', { 'credentials.email': 'a@b.c', 'assertion_option.sub': 'x' });
    expect(plan).toMatchObject({ kind: 'direct', request: { body: { email: 'a@b.c', type: 'TWO_STEP', assertionOption: { sub: 'x' } } } });
  });

  it('sends connection parameters as params[key], every key and value URL-encoded, empty ones left out', () => {
    const plan = submit('API_KEY', { 'credentials.apiKey': 'k', 'params.sub domain': 'a&b=c', 'params.version': '2023-06-01', 'params.blank': '' });
    expect(plan).toMatchObject({
      request: { query: `connect_session_token=${token}&params[sub%20domain]=a%26b%3Dc&params[version]=2023-06-01` },
    });
  });

  it('encodes the integration key in the path', () => {
    const plan = planSubmission({ provider: provider('NONE'), providerConfigKey: 'a/b c', values: {}, externalId: null }, token);
    expect(plan).toMatchObject({ request: { path: '/auth/unauthenticated/a%2Fb%20c' } });
  });

  it('adds the AWS External ID as params[external_id]', () => {
    const plan = submit('AWS_SIGV4', { 'credentials.role_arn': 'arn', 'credentials.region': 'eu-west-1' }, { externalId: 'ext-1' });
    expect(plan).toMatchObject({ request: { query: `connect_session_token=${token}&params[external_id]=ext-1`, body: { role_arn: 'arn', region: 'eu-west-1' } } });
  });

  it('sends an outbound OAUTH2 installation directly, every other OAUTH2 to the OAuth flow', () => {
    const outbound = planSubmission({ provider: provider('OAUTH2', { installation: 'outbound' }), providerConfigKey: 'sentry', values: {}, externalId: null }, token);
    expect(outbound).toEqual({ kind: 'direct', request: { path: '/auth/oauth-outbound/sentry', query: `connect_session_token=${token}`, body: null } });
    expect(submit('OAUTH2', { 'params.subdomain': 'acme' })).toMatchObject({ kind: 'oauth', authMode: 'OAUTH2', values: { params: { subdomain: 'acme' } } });
  });

  it.each(['OAUTH1', 'APP', 'CUSTOM', 'MCP_OAUTH2', 'MCP_OAUTH2_GENERIC', 'INSTALL_PLUGIN'])('routes %s to the OAuth flow', (mode) => {
    expect(submit(mode, {}).kind).toBe('oauth');
  });

  it('reports an unknown auth mode as unsupported rather than guessing from field names', () => {
    expect(submit('SOMETHING_NEW', { 'credentials.apiKey': 'k' })).toEqual({ kind: 'unsupported' });
    expect(submit('APP_STORE', {})).toEqual({ kind: 'unsupported' });
  });

  it('has a route for every auth mode', () => {
    for (const mode of authModes) expect(['direct', 'oauth', 'unsupported']).toContain(submit(mode, {}).kind);
  });
});
