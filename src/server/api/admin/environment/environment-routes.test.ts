import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApi, testSecretKey, testSigningKey, type TestApi } from '../../test/test-deps';
import { adminRequests, connectApiKey } from '../test/admin-requests';
import { startTestReceiver, type TestReceiver } from '../test/webhook-receiver';

let api: TestApi;
let admin: ReturnType<typeof adminRequests>;
let receiver: TestReceiver;
beforeEach(async () => {
  api = createTestApi();
  admin = adminRequests(api);
  receiver = await startTestReceiver();
});
afterEach(async () => {
  await api.deps.webhooks.idle();
  await receiver.close();
  api.cleanup();
});

const environment = async () => (await (await admin.get('/plugboard/environment')).json()).data;

describe('GET and PATCH /plugboard/environment', () => {
  it('shows the environment: keys, webhook settings with their defaults, callback and widget URLs', async () => {
    expect(await environment()).toEqual({
      name: 'dev',
      environments: ['dev'],
      secret_key: testSecretKey,
      webhook_signing_key: testSigningKey,
      webhook_settings: { primary_url: null, secondary_url: null, on_auth_creation: true, on_auth_refresh_error: true },
      callback_url: 'http://api.test/oauth/callback',
      connect_ui_url: 'http://ui.test/widget',
    });
  });

  it('changes only the given fields; an empty string clears a URL', async () => {
    expect(await (await admin.patch('/plugboard/environment/webhook', { primary_url: receiver.url, on_auth_creation: false })).json()).toEqual({ success: true });
    expect((await environment()).webhook_settings).toEqual({ primary_url: receiver.url, secondary_url: null, on_auth_creation: false, on_auth_refresh_error: true });
    await admin.patch('/plugboard/environment/webhook', { primary_url: '' });
    expect((await environment()).webhook_settings.primary_url).toBeNull();
  });

  it.each([[{}], [{ primary_url: null }], [{ primary_url: 'ftp://x.test' }], [{ on_sync_error: true }]])('refuses %j', async (body) => {
    const res = await admin.patch('/plugboard/environment/webhook', body);
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('invalid_body');
  });

  it('needs the secret key', async () => {
    expect((await api.app.request('/plugboard/environment')).status).toBe(401);
  });
});

describe('POST /environment/webhook-signing-key/rotate', () => {
  it('answers Nango’s shape and signs the next webhook with the new key', async () => {
    const res = await admin.post('/environment/webhook-signing-key/rotate');
    expect(res.status).toBe(200);
    const { data } = await res.json();
    expect(data.webhook_signing_key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect((await environment()).webhook_signing_key).toBe(data.webhook_signing_key);

    await admin.patch('/plugboard/environment/webhook', { primary_url: receiver.url });
    await connectApiKey(api);
    await api.deps.webhooks.idle();
    const [request] = receiver.requests;
    expect(request?.headers['x-nango-hmac-sha256']).toBe(createHmac('sha256', data.webhook_signing_key).update(request?.body ?? '').digest('hex'));
  });

  it('refuses a query string', async () => {
    expect((await admin.post('/environment/webhook-signing-key/rotate?x=1')).status).toBe(400);
  });
});
