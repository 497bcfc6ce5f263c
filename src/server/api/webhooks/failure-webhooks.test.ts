import { Nango } from '@nangohq/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runOAuthPopup } from '../test/oauth-popup';
import { startReceiver, startRealServer, type RealServer } from '../test/real-server';

// Every completed authorization attempt that fails sends a signed `auth` webhook
// with `success: false`, checked with Nango's own Node client.

const secretKey = '0d5f2c3e-7a1b-4c8d-9e0f-1a2b3c4d5e6f';
const endUser = { id: 'u-fail', email: 'kim@acme.test', display_name: 'Kim', tags: { plan: 'pro' } };
const expectedTags = { end_user_id: 'u-fail', end_user_email: 'kim@acme.test', end_user_display_name: 'Kim', plan: 'pro' };
const expectedEndUser = { endUserId: 'u-fail', endUserEmail: 'kim@acme.test', tags: { plan: 'pro' } };

let server: RealServer;
let nango: Nango;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  server = await startRealServer({ secretKey, webhookBackoffMs: 10 });
  const environment = await (await fetch(`${server.url}/plugboard/environment`, { headers: { authorization: `Bearer ${secretKey}` } })).json();
  nango = new Nango({ host: server.url, secretKey, webhookSigningKey: environment.data.webhook_signing_key });
});
afterAll(() => server.stop());
beforeEach(async () => {
  receiver = await startReceiver();
});
afterEach(() => receiver.close());

/** The next webhook, checked to be signed with the environment's signing key (not the secret key). */
async function nextWebhook(count: number): Promise<Record<string, unknown>> {
  await receiver.waitForCount(count);
  const { body, headers } = receiver.received[count - 1]!;
  expect(nango.verifyIncomingWebhookRequest(body, headers)).toBe(true);
  expect(new Nango({ host: server.url, secretKey }).verifyIncomingWebhookRequest(body, headers)).toBe(false);
  return JSON.parse(body);
}

async function session(body: Record<string, unknown> = {}): Promise<string> {
  return (await nango.createConnectSession({ end_user: endUser, webhook_url_override: receiver.url, ...body })).data.token;
}

async function patchWebhookSettings(body: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${server.url}/plugboard/environment/webhook`, {
    method: 'PATCH', headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
}

describe('failure auth webhooks', () => {
  it('an OAuth Deny sends success: false, operation creation, the error, the end user and the tags', async () => {
    const callback = await runOAuthPopup(server.url, { token: await session(), decision: 'deny' });
    expect(callback.status).toBe(400);
    const body = await nextWebhook(1);
    expect(body).toEqual({
      from: 'nango',
      type: 'auth',
      connectionId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      providerConfigKey: 'demo-oauth2',
      authMode: 'OAUTH2',
      provider: 'test-oauth2',
      environment: 'dev',
      operation: 'creation',
      success: false,
      tags: expectedTags,
      endUser: expectedEndUser,
      error: { type: 'callback_err', description: expect.stringContaining('Access was denied') },
    });
  });

  it('a failed credential test sends success: false with connection_test_failed', async () => {
    const res = await fetch(`${server.url}/api-auth/api-key/demo-api-key?connect_session_token=${await session()}&params[region]=eu`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ apiKey: 'wrong' }),
    });
    expect(res.status).toBe(400);
    expect(await nextWebhook(1)).toMatchObject({
      operation: 'creation', success: false, authMode: 'API_KEY', providerConfigKey: 'demo-api-key', endUser: expectedEndUser,
      error: { type: 'connection_test_failed', description: expect.stringContaining('test_') },
    });
  });

  it('a reconnect carries the end user and tags of the connection, on success and on failure', async () => {
    const callback = await runOAuthPopup(server.url, { token: await session(), decision: 'allow' });
    expect(callback.status).toBe(200);
    const created = await nextWebhook(1);
    expect(created).toMatchObject({ operation: 'creation', success: true, tags: expectedTags, endUser: expectedEndUser });
    const connectionId = String(created['connectionId']);

    // A backend reconnects with only the ids, as Nango's docs show.
    const reconnect = async () =>
      (await nango.createReconnectSession({ connection_id: connectionId, integration_id: 'demo-oauth2', webhook_url_override: receiver.url })).data.token;
    expect((await runOAuthPopup(server.url, { token: await reconnect(), decision: 'allow' })).status).toBe(200);
    expect(await nextWebhook(2)).toMatchObject({ connectionId, operation: 'override', success: true, tags: expectedTags, endUser: expectedEndUser });

    expect((await runOAuthPopup(server.url, { token: await reconnect(), decision: 'deny' })).status).toBe(400);
    expect(await nextWebhook(3)).toMatchObject({
      connectionId, operation: 'override', success: false, tags: expectedTags, endUser: expectedEndUser,
      error: { type: 'callback_err', description: expect.any(String) },
    });
    // The failed reconnect left the connection as it was.
    expect(await nango.getConnection('demo-oauth2', connectionId)).toMatchObject({ connection_id: connectionId, errors: [] });
  });

  it('sends no creation failure when the environment turned creation webhooks off, and still sends override failures', async () => {
    await patchWebhookSettings({ on_auth_creation: false });
    try {
      const allowed = await runOAuthPopup(server.url, { token: await session(), decision: 'allow' });
      expect(allowed.status).toBe(200);
      expect((await runOAuthPopup(server.url, { token: await session(), decision: 'deny' })).status).toBe(400);
      const { connections } = await nango.listConnections({ userId: 'u-fail', integrationId: ['demo-oauth2'] });
      const connectionId = connections[0]!.connection_id;
      const token = (await nango.createReconnectSession({ connection_id: connectionId, integration_id: 'demo-oauth2', webhook_url_override: receiver.url })).data.token;
      expect((await runOAuthPopup(server.url, { token, decision: 'deny' })).status).toBe(400);
      expect(await nextWebhook(1)).toMatchObject({ connectionId, operation: 'override', success: false });
      expect(receiver.received).toHaveLength(1);
    } finally {
      await patchWebhookSettings({ on_auth_creation: true });
    }
  });
});
