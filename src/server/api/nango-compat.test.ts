import { Nango } from '@nangohq/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReceiver, startRealServer, type RealServer } from './test/real-server';

const secretKey = 'f3c1b2a4-5d6e-4f70-8a9b-0c1d2e3f4a5b';
let server: RealServer;
beforeAll(async () => {
  server = await startRealServer({ secretKey, webhookBackoffMs: 10 });
});
afterAll(() => server.stop());

async function connectApiKey(token: string): Promise<string> {
  const res = await fetch(`${server.url}/api-auth/api-key/demo-api-key?connect_session_token=${token}&params[region]=eu`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ apiKey: 'test_nango' }),
  });
  expect(res.status).toBe(200);
  return (await res.json()).connectionId;
}

describe("Nango's own Node client against this server", () => {
  it('creates a connect session', async () => {
    const nango = new Nango({ host: server.url, secretKey });
    const { data } = await nango.createConnectSession({
      end_user: { id: 'u-1', email: 'jane@acme.test', display_name: 'Jane' },
      allowed_integrations: ['demo-api-key'],
    });
    expect(data.token).toMatch(/^nango_connect_session_[a-f0-9]{64}$/);
    expect(data.connect_link).toBe(`http://127.0.0.1:9/?session_token=${data.token}`);
    expect(Date.parse(data.expires_at)).toBeGreaterThan(Date.now());
  });

  it('creates a reconnect session for an existing connection', async () => {
    const nango = new Nango({ host: server.url, secretKey });
    const connectionId = await connectApiKey((await nango.createConnectSession({ end_user: { id: 'u-2' } })).data.token);
    const { data } = await nango.createReconnectSession({ connection_id: connectionId, integration_id: 'demo-api-key' });
    const session = await (await fetch(`${server.url}/connect/session`, { headers: { authorization: `Bearer ${data.token}` } })).json();
    expect(session.data).toMatchObject({ isReconnecting: true, allowed_integrations: ['demo-api-key'] });
  });

  it('sends auth webhooks that verifyIncomingWebhookRequest accepts, retrying after a 5xx', async () => {
    const receiver = await startReceiver([503]);
    try {
      const environment = await (await fetch(`${server.url}/plugboard/environment`, { headers: { authorization: `Bearer ${secretKey}` } })).json();
      const webhookSigningKey: string = environment.data.webhook_signing_key;
      const nango = new Nango({ host: server.url, secretKey, webhookSigningKey });
      const { data } = await nango.createConnectSession({
        end_user: { id: 'u-3', email: 'sam@acme.test', tags: { plan: 'pro' } },
        webhook_url_override: receiver.url,
      });
      const connectionId = await connectApiKey(data.token);
      await receiver.waitForCount(2);
      const [failed, delivered] = receiver.received;
      expect(failed?.body).toBe(delivered?.body);
      const { body, headers } = delivered!;
      expect(nango.verifyIncomingWebhookRequest(body, headers)).toBe(true);
      expect(nango.verifyWebhookSignature(String(headers['x-nango-signature']), JSON.parse(body))).toBe(true);
      expect(new Nango({ host: server.url, secretKey: 'some-other-key' }).verifyIncomingWebhookRequest(body, headers)).toBe(false);
      // The signing key is not the secret key: a receiver holding only the secret key cannot verify.
      expect(new Nango({ host: server.url, secretKey }).verifyIncomingWebhookRequest(body, headers)).toBe(false);
      expect(Object.keys(JSON.parse(body))).toEqual([...Object.keys(JSON.parse(body))].sort());
      expect(JSON.parse(body)).toEqual({
        from: 'nango',
        type: 'auth',
        connectionId,
        providerConfigKey: 'demo-api-key',
        authMode: 'API_KEY',
        provider: 'test-api-key',
        environment: 'dev',
        operation: 'creation',
        success: true,
        tags: { end_user_id: 'u-3', end_user_email: 'sam@acme.test', plan: 'pro' },
        endUser: { endUserId: 'u-3', endUserEmail: 'sam@acme.test', tags: { plan: 'pro' } },
      });
    } finally {
      await receiver.close();
    }
  });
});

describe('a separate webhook signing key', () => {
  it('signs with webhookSigningKey, which the Node client verifies', async () => {
    const signed = await startRealServer({ secretKey, webhookSigningKey: 'whsec-separate-key' });
    const receiver = await startReceiver();
    try {
      const nango = new Nango({ host: signed.url, secretKey, webhookSigningKey: 'whsec-separate-key' });
      const { data } = await nango.createConnectSession({ end_user: { id: 'u-4' }, webhook_url_override: receiver.url });
      const res = await fetch(`${signed.url}/auth/unauthenticated/demo-none?connect_session_token=${data.token}`, { method: 'POST' });
      expect(res.status).toBe(200);
      await receiver.waitForCount(1);
      expect(nango.verifyIncomingWebhookRequest(receiver.received[0]!.body, receiver.received[0]!.headers)).toBe(true);
    } finally {
      await receiver.close();
      await signed.stop();
    }
  });
});
