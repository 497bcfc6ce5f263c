import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApi, jsonPost, testSecretKey, type TestApi } from '../test/test-deps';

let api: TestApi;
let token: string;
beforeEach(async () => {
  api = createTestApi();
  token = await api.createSession();
});
afterEach(() => api.cleanup());

// The required connection parameters of the demo providers, as the widget sends them.
const requiredParams: Record<string, string> = {
  'demo-api-key': '&params[region]=eu',
  'demo-basic': '&params[subdomain]=acme',
  'demo-tba': '&params[accountId]=1234567_SB1',
};
const post = (path: string, body?: unknown, query = requiredParams[path.split('/').pop() ?? ''] ?? '') =>
  api.app.request(`${path}?connect_session_token=${token}${query}`, body === undefined ? { method: 'POST', headers: { 'content-type': 'application/json' } } : jsonPost(body));

describe('direct auth routes', () => {
  it.each([
    ['/api-auth/api-key/demo-api-key', { apiKey: 'test_key' }],
    ['/api-auth/basic/demo-basic', { username: 'jane@acme.test', password: 'test_pw' }],
    ['/oauth2/auth/demo-oauth2-cc', { client_id: 'acme', client_secret: 'test_secret' }],
    ['/auth/unauthenticated/demo-none', undefined],
    ['/auth/tba/demo-tba', { token_id: 'id', token_secret: 'test_s' }],
    ['/auth/jwt/demo-jwt', { type: 'JWT', issuerId: 'i', privateKeyId: 'k', privateKey: 'test_pk' }],
    ['/auth/two-step/demo-two-step', { type: 'TWO_STEP', email: 'a@b.co', password: 'test_pw', assertionOption: {} }],
    ['/auth/bill/demo-bill', { username: 'u', password: 'test_pw', organization_id: 'o', dev_key: 'd' }],
    ['/auth/signature/demo-signature', { type: 'SIGNATURE', username: 'u', password: 'test_pw' }],
    ['/auth/oauth-outbound/demo-oauth2-outbound', undefined],
  ])('%s creates a connection', async (path, body) => {
    const res = await post(path, body);
    expect(res.status).toBe(200);
    const json = await res.json();
    expect(json).toEqual({ connectionId: expect.stringMatching(/^[0-9a-f-]{36}$/), providerConfigKey: path.split('/').pop() });
    // Stored, not only acknowledged.
    expect(api.deps.store.getConnection(json.providerConfigKey, json.connectionId)).toMatchObject({ providerConfigKey: json.providerConfigKey });
  });

  it('passes AWS SigV4 with a test_ role and the external id', async () => {
    const res = await post('/auth/aws-sigv4/demo-aws-sigv4', { role_arn: 'arn:aws:iam::123456789012:role/test_pb', region: 'eu-west-1' }, '&params[external_id]=ext-1');
    expect(res.status).toBe(200);
  });

  it.each([
    ['/api-auth/api-key/demo-api-key', { apiKey: 'live_key' }, 'API key'],
    ['/api-auth/basic/demo-basic', { username: 'jane@acme.test', password: 'hunter2' }, 'API token'],
    ['/oauth2/auth/demo-oauth2-cc', { client_id: 'acme', client_secret: 'wrong' }, 'client secret is wrong'],
    ['/auth/tba/demo-tba', { token_id: 'id', token_secret: 'nope' }, 'token secret'],
  ])('%s answers 400 connection_test_failed with a helpful message', async (path, body, hint) => {
    const res = await post(path, body);
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe('connection_test_failed');
    expect(error.message).toContain(hint);
    expect(api.deps.store.countConnections()).toBe(0);
  });

  it('stores params as connection config and keeps session defaults on top', async () => {
    token = await api.createSession({
      end_user: { id: 'u1' },
      integrations_config_defaults: { 'demo-basic': { connection_config: { subdomain: 'from-session' } } },
    });
    const res = await post('/api-auth/basic/demo-basic', { username: 'a@b.co', password: 'test_x' }, '&params[subdomain]=typed&params[webhook_url]=http://evil&params[extra]=1');
    const { connectionId } = await res.json();
    expect(api.deps.store.getConnection('demo-basic', connectionId)?.connectionConfig).toEqual({ subdomain: 'from-session', extra: '1' });
  });

  it('answers 404 unknown_provider_config for an unknown integration', async () => {
    const res = await post('/api-auth/api-key/nope', { apiKey: 'test_x' });
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('unknown_provider_config');
  });

  it('answers 400 invalid_auth_mode when the route does not match the provider', async () => {
    const res = await post('/api-auth/api-key/demo-basic', { apiKey: 'test_x' });
    const { error } = await res.json();
    expect(error).toMatchObject({ code: 'invalid_auth_mode', message: expect.stringContaining('BASIC') });
  });

  it('answers 400 integration_not_allowed, with a message, outside allowed_integrations', async () => {
    token = await api.createSession({ end_user: { id: 'u1' }, allowed_integrations: ['demo-basic'] });
    const res = await post('/api-auth/api-key/demo-api-key', { apiKey: 'test_x' });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toEqual({ code: 'integration_not_allowed', message: expect.stringContaining('demo-api-key') });
  });

  it('answers 400 invalid_query_params for connection_id with a session token', async () => {
    const res = await post('/api-auth/api-key/demo-api-key', { apiKey: 'test_x' }, '&connection_id=mine');
    const { error } = await res.json();
    expect(error.code).toBe('invalid_query_params');
    expect(error.errors[0]).toMatchObject({ path: ['connection_id'], message: 'connection_id is forbidden when using session token' });
  });

  it('answers 400 invalid_body for an unknown body key', async () => {
    const res = await post('/api-auth/api-key/demo-api-key', { apiKey: 'test_x', extra: true });
    expect((await res.json()).error.code).toBe('invalid_body');
  });

  it('answers 401 missing_connect_session_token without a token', async () => {
    const res = await api.app.request('/api-auth/api-key/demo-api-key', jsonPost({ apiKey: 'test_x' }));
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('missing_connect_session_token');
  });

  it('keeps the connection id on reconnect and records an override', async () => {
    const first = await (await post('/api-auth/api-key/demo-api-key', { apiKey: 'test_one' })).json();
    const res = await api.app.request('/connect/sessions/reconnect', jsonPost(
      { connection_id: first.connectionId, integration_id: 'demo-api-key' },
      { authorization: `Bearer ${testSecretKey}` },
    ));
    token = (await res.json()).data.token;
    const second = await (await post('/api-auth/api-key/demo-api-key', { apiKey: 'test_two' })).json();
    expect(second.connectionId).toBe(first.connectionId);
    expect(api.deps.store.getConnection('demo-api-key', first.connectionId)?.credentials).toEqual({ type: 'API_KEY', apiKey: 'test_two' });
    expect(api.deps.store.countConnections()).toBe(1);
  });

  it('marks an outbound installation as pending', async () => {
    const { connectionId } = await (await post('/auth/oauth-outbound/demo-oauth2-outbound')).json();
    expect(api.deps.store.getConnection('demo-oauth2-outbound', connectionId)?.isPending).toBe(true);
  });

  it('keeps credentials encrypted and session tokens hashed on disk', async () => {
    expect((await post('/api-auth/api-key/demo-api-key', { apiKey: 'test_very_secret_value' })).status).toBe(200);
    // The raw bytes of every file (database, WAL): a sealed BLOB read through a driver hides nothing.
    const disk = Buffer.concat(readdirSync(api.dataDir).map((name) => readFileSync(join(api.dataDir, name))));
    expect(disk.includes('test_very_secret_value')).toBe(false);
    expect(disk.includes(token)).toBe(false);
    // The scan does see what is stored: the connection's id and the session under its hash.
    expect(disk.includes(createHash('sha256').update(token).digest('hex'))).toBe(true);
  });
});
