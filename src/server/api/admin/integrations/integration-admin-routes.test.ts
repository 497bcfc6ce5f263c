import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApi, testSecretKey, type TestApi } from '../../test/test-deps';
import { adminRequests, connectApiKey } from '../test/admin-requests';

let api: TestApi;
let admin: ReturnType<typeof adminRequests>;
beforeEach(() => {
  api = createTestApi();
  admin = adminRequests(api);
});
afterEach(() => api.cleanup());

const oauth = { type: 'OAUTH2', client_id: 'my-app', client_secret: 's3cret', scopes: 'contacts.read,deals.read' };
const isoZ = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('POST /integrations', () => {
  it('creates an API-key integration without credentials and answers 200 with the public shape, keys in order', async () => {
    const res = await admin.post('/integrations', { provider: 'test-api-key', unique_key: 'crm' });
    expect(res.status).toBe(200);
    const { data } = await res.json();
    expect(Object.keys(data)).toEqual(['unique_key', 'provider', 'display_name', 'logo', 'forward_webhooks', 'created_at', 'updated_at']);
    expect(data).toMatchObject({ unique_key: 'crm', provider: 'test-api-key', display_name: 'Test API Key', forward_webhooks: true });
    expect(data.logo).toBe('http://api.test/images/template-logos/test-api-key.svg');
    expect(data.created_at).toMatch(isoZ);
  });

  it('creates an OAuth2 integration whose credentials read back in plain text with include=credentials', async () => {
    await admin.post('/integrations', { provider: 'test-oauth2', unique_key: 'oa', display_name: 'My CRM', credentials: { ...oauth, webhook_secret: 'wh' } });
    const { data } = await (await admin.get('/integrations/oa?include=credentials')).json();
    expect(data.display_name).toBe('My CRM');
    expect(data.credentials).toEqual({ type: 'OAUTH2', client_id: 'my-app', client_secret: 's3cret', scopes: 'contacts.read,deals.read', webhook_secret: 'wh' });
  });

  it.each([
    [{ provider: 'nope', unique_key: 'x' }, { code: 'invalid_string', message: 'Invalid provider', path: ['provider'] }],
    [{ provider: 'test-api-key', unique_key: 'demo-api-key' }, { code: 'invalid_string', message: 'Unique key already exists', path: ['uniqueKey'] }],
  ])('refuses %j with Nango’s issue', async (body, issue) => {
    const res = await admin.post('/integrations', body);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'invalid_body', errors: [issue] } });
  });

  it.each([
    [{ provider: 'test-oauth2', unique_key: 'x' }, 'Missing credentials'],
    [{ provider: 'test-api-key', unique_key: 'x', credentials: oauth }, 'incompatible credentials auth type and provider auth'],
    [{ provider: 'test-api-key', unique_key: 'x', integration_config: { a: 'b' } }, 'This provider does not accept integration configuration'],
  ])('applies the business rules: %j → %s', async (body, message) => {
    const res = await admin.post('/integrations', body);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'invalid_body', message } });
  });

  it('refuses API_KEY credentials as an invalid union, scopes with spaces, and unknown keys', async () => {
    const union = await (await admin.post('/integrations', { provider: 'test-api-key', unique_key: 'x', credentials: { type: 'API_KEY' } })).json();
    expect(union.error.errors[0]).toMatchObject({ code: 'invalid_union', message: 'invalid credentials object', path: ['credentials', 'type'] });
    const scopes = await (await admin.post('/integrations', { provider: 'test-oauth2', unique_key: 'x', credentials: { ...oauth, scopes: 'a, b' } })).json();
    expect(scopes.error.errors[0].path).toEqual(['credentials', 'scopes']);
    const strict = await (await admin.post('/integrations', { provider: 'test-api-key', unique_key: 'x', foo: 1 })).json();
    expect(strict.error.errors[0]).toMatchObject({ code: 'unrecognized_keys', path: [] });
  });

  it('refuses a query string, a non-JSON body, and a session token', async () => {
    expect((await admin.post('/integrations?x=1', { provider: 'test-api-key', unique_key: 'x' })).status).toBe(400);
    const wrongType = await api.app.request('/integrations', { method: 'POST', headers: { authorization: `Bearer ${testSecretKey}`, 'content-type': 'text/plain' }, body: 'x' });
    expect(wrongType.status).toBe(415);
    const token = await api.createSession();
    const res = await api.app.request('/integrations', { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(401);
    expect((await res.json()).error.payload).toEqual({});
  });
});

describe('POST /integrations/quickstart', () => {
  it.each([
    ['test-oauth2', 'No Nango-provided developer app is configured for this provider'],
    ['test-api-key', 'Quickstart is only available for providers that require a developer app'],
  ])('answers %s with “%s”: there are no shared developer apps here', async (provider, message) => {
    const res = await admin.post('/integrations/quickstart', { provider, unique_key: 'q' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'invalid_body', message } });
  });
});

describe('GET /integrations/:uniqueKey', () => {
  it('adds webhook_url (null without a routing script) and credentials (null for API_KEY) on request', async () => {
    const { data } = await (await admin.get('/integrations/demo-api-key?include=webhook&include=credentials')).json();
    expect(data).toMatchObject({ unique_key: 'demo-api-key', webhook_url: null, credentials: null });
  });

  it('answers 404 for an unknown key, 400 for a bad include, and needs the secret key', async () => {
    expect(await (await admin.get('/integrations/nope')).json()).toEqual({ error: { code: 'not_found', message: 'Integration "nope" does not exist' } });
    expect((await admin.get('/integrations/demo-api-key?include=everything')).status).toBe(400);
    const token = await api.createSession();
    expect((await api.app.request('/integrations/demo-api-key', { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
  });
});

describe('PATCH /integrations/:uniqueKey', () => {
  it('updates the display name, credentials and forward_webhooks; {} only bumps updated_at', async () => {
    const res = await admin.patch('/integrations/demo-oauth2', { display_name: 'CRM', forward_webhooks: false, credentials: { ...oauth, client_id: 'new' } });
    expect(res.status).toBe(200);
    const { data } = await (await admin.get('/integrations/demo-oauth2?include=credentials')).json();
    expect(data).toMatchObject({ display_name: 'CRM', forward_webhooks: false, credentials: { client_id: 'new', scopes: 'contacts.read,deals.read' } });
    api.advanceClock(1_000);
    const before = (await (await admin.get('/integrations/demo-oauth2')).json()).data;
    expect((await admin.patch('/integrations/demo-oauth2', {})).status).toBe(200);
    const after = (await (await admin.get('/integrations/demo-oauth2?include=credentials')).json()).data;
    expect(Date.parse(after.updated_at)).toBeGreaterThan(Date.parse(before.updated_at));
    expect(after).toMatchObject({ display_name: 'CRM', forward_webhooks: false, credentials: { client_id: 'new' } });
  });

  it('keeps the client secret and webhook secret readable under the new key after a rename (they are sealed to their row)', async () => {
    await admin.patch('/integrations/demo-oauth2', { credentials: { ...oauth, webhook_secret: 'wh-kept' } });
    expect((await admin.patch('/integrations/demo-oauth2', { unique_key: 'crm-renamed' })).status).toBe(200);
    const { data } = await (await admin.get('/integrations/crm-renamed?include=credentials')).json();
    expect(data.credentials).toMatchObject({ client_secret: 's3cret', webhook_secret: 'wh-kept' });
  });

  it('stores APP and CUSTOM app settings, refuses a key that is not an RSA PEM, and keeps the private key readable after a rename', async () => {
    const pem = '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----\n';
    const app = { type: 'APP', app_id: '42', app_link: 'https://github.com/apps/ours', private_key: pem };
    const badKey = await admin.post('/integrations', { provider: 'test-app', unique_key: 'gh', credentials: { ...app, private_key: 'ssh-rsa AAAA' } });
    expect(badKey.status).toBe(400);
    expect((await admin.post('/integrations', { provider: 'test-app', unique_key: 'gh', credentials: app })).status).toBe(200);
    expect((await admin.patch('/integrations/gh', { unique_key: 'gh-renamed' })).status).toBe(200);
    expect((await (await admin.get('/integrations/gh-renamed?include=credentials')).json()).data.credentials).toEqual(app);
    const custom = { ...app, type: 'CUSTOM', client_id: 'Iv1.x', client_secret: 'cs' };
    expect((await admin.post('/integrations', { provider: 'test-custom', unique_key: 'gh-oauth', credentials: custom })).status).toBe(200);
    expect((await (await admin.get('/integrations/gh-oauth?include=credentials')).json()).data.credentials).toEqual(custom);
  });

  it('renames an integration without connections; refuses a used key or one with connections', async () => {
    await connectApiKey(api);
    expect(await (await admin.patch('/integrations/demo-api-key', { unique_key: 'renamed' })).json()).toEqual({
      error: { code: 'invalid_body', message: "Can't rename an integration with active connections" },
    });
    expect((await (await admin.patch('/integrations/demo-basic', { unique_key: 'demo-none' })).json()).error.message).toBe('uniqueKey is already used by another integration');
    const { data } = await (await admin.patch('/integrations/demo-basic', { unique_key: 'basic-2' })).json();
    expect(data.unique_key).toBe('basic-2');
    expect((await admin.get('/integrations/demo-basic')).status).toBe(404);
  });

  it('renames and saves in one transaction: a failure while saving leaves the integration under its old key, unchanged', async () => {
    // A database fault on the second write of the rename (the upsert under the new key).
    api.deps.store.database.exec(`CREATE TRIGGER fail_upsert BEFORE UPDATE OF display_name ON integrations
      WHEN NEW.display_name = 'boom' BEGIN SELECT RAISE(ABORT, 'disk fault'); END`);
    const res = await admin.patch('/integrations/demo-basic', { unique_key: 'basic-2', display_name: 'boom' });
    expect(res.status).toBe(500);
    expect((await admin.get('/integrations/basic-2')).status).toBe(404);
    const { data } = await (await admin.get('/integrations/demo-basic')).json();
    expect(data).toMatchObject({ unique_key: 'demo-basic', display_name: 'Test Basic Auth' });
  });

  it('pins allowed hosts (Plugboard extension): set on create, kept when absent, cleared with null, read with include=allowed_hosts', async () => {
    const created = await admin.post('/integrations', { provider: 'test-oauth2', unique_key: 'pinned', credentials: oauth, allowed_hosts: ['canvas.acme.edu', '*.instructure.com'] });
    expect(created.status).toBe(200);
    const read = async () => (await (await admin.get('/integrations/pinned?include=allowed_hosts')).json()).data.allowed_hosts;
    expect(await read()).toEqual(['canvas.acme.edu', '*.instructure.com']);
    expect((await (await admin.get('/integrations/pinned')).json()).data).not.toHaveProperty('allowed_hosts');
    await admin.patch('/integrations/pinned', { display_name: 'Pinned' });
    expect(await read()).toEqual(['canvas.acme.edu', '*.instructure.com']);
    await admin.patch('/integrations/pinned', { allowed_hosts: null });
    expect(await read()).toBeNull();
    const bad = await admin.patch('/integrations/pinned', { allowed_hosts: ['https://evil.example/'] });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.errors[0].path).toEqual(['allowed_hosts', '0']);
  });

  it('keeps the webhook secret when absent and deletes it with an empty string', async () => {
    await admin.patch('/integrations/demo-oauth2', { credentials: { ...oauth, webhook_secret: 'keep-me' } });
    await admin.patch('/integrations/demo-oauth2', { credentials: oauth });
    expect((await (await admin.get('/integrations/demo-oauth2?include=credentials')).json()).data.credentials.webhook_secret).toBe('keep-me');
    await admin.patch('/integrations/demo-oauth2', { credentials: { ...oauth, webhook_secret: '' } });
    expect((await (await admin.get('/integrations/demo-oauth2?include=credentials')).json()).data.credentials.webhook_secret).toBeNull();
  });

  it('answers 404 for an unknown integration', async () => {
    expect((await admin.patch('/integrations/nope', {})).status).toBe(404);
  });
});

describe('DELETE /integrations/:uniqueKey', () => {
  it('deletes the integration and its connections', async () => {
    const connectionId = await connectApiKey(api);
    expect(await (await admin.delete('/integrations/demo-api-key')).json()).toEqual({ success: true });
    expect(api.deps.store.getConnection('demo-api-key', connectionId)).toBeUndefined();
    expect(await (await admin.get('/connections')).json()).toEqual({ connections: [] });
  });

  it('answers 404 for an unknown integration', async () => {
    expect(await (await admin.delete('/integrations/nope')).json()).toEqual({ error: { code: 'not_found', message: 'Integration does not exist' } });
  });
});
