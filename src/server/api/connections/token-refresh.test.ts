import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Nango } from '@nangohq/node';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiConfig } from '../config';
import { writeWebhookSettings } from '../store/environment-settings';
import { callbackPageData, runOAuthPopup } from '../test/oauth-popup';
import { startReceiver, startRealServer } from '../test/real-server';
import { createTestApi, testPublicUrl, testSecretKey, testSigningKey, type TestApi } from '../test/test-deps';
import { createWebhookSender } from '../webhooks/webhook-sender';

// OAuth2 tokens are refreshed on read as Nango does, once per connection at a time.

let api: TestApi;

const demoClient = { client_id: 'plugboard-demo', client_secret: 'plugboard-demo-secret' };
const admin = (path: string) => api.app.request(path, { headers: { authorization: `Bearer ${testSecretKey}` } });

/** An in-process API whose test provider issues tokens living `ttlSeconds`, counting refresh grants. */
function startApi(ttlSeconds: number) {
  api = createTestApi({ config: { test_provider: { access_token_ttl_seconds: ttlSeconds } } satisfies ApiConfig });
  const grants = { refresh: 0 };
  const inProcess = api.deps.fetch;
  api.deps.fetch = async (input, init) => {
    if (String(init?.body ?? '').includes('grant_type=refresh_token')) grants.refresh += 1;
    return inProcess(input, init);
  };
  const webhooks: Array<Record<string, unknown>> = [];
  api.deps.webhooks = createWebhookSender({
    store: api.deps.store, signingKey: testSigningKey, environmentName: 'dev', backoffMs: 1,
    fetch: async (_url, init) => (webhooks.push(JSON.parse(String(init?.body))), new Response(null, { status: 204 })),
  });
  writeWebhookSettings(api.deps.store, { primaryUrl: 'http://hooks.test/', secondaryUrl: null, sendCreationWebhooks: true, sendRefreshErrorWebhooks: true });
  return { grants, webhooks };
}

async function connectOAuth(): Promise<string> {
  const token = await api.createSession({ end_user: { id: 'u-refresh', email: 'rae@acme.test' } });
  const callback = await runOAuthPopup(testPublicUrl, { token, decision: 'allow', send: (url, init) => Promise.resolve(api.app.request(String(url), init)) });
  expect(callbackPageData(await callback.text())).toEqual({ ok: true });
  const { connections } = await (await admin('/connections?endUserId=u-refresh')).json();
  return connections[0].connection_id;
}

const read = (connectionId: string, query = '') => admin(`/connection/${connectionId}?provider_config_key=demo-oauth2${query}`);

async function revokeRefreshToken(connectionId: string): Promise<void> {
  const { credentials } = await (await read(connectionId, '&refresh_token=true')).json();
  const res = await api.app.request(`${testPublicUrl}/_test-provider/oauth2/revoke`, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token: credentials.refresh_token, token_type_hint: 'refresh_token', ...demoClient }).toString(),
  });
  expect(res.status).toBe(200);
}

describe('OAuth2 token refresh on GET /connection/:id', () => {
  afterEach(() => api.cleanup());

  it('stores the expiry and refresh token the test provider issues, for as long as configured, sealed at rest', async () => {
    startApi(60);
    const connectionId = await connectOAuth();
    const { credentials } = await (await read(connectionId, '&refresh_token=true')).json();
    expect(credentials).toMatchObject({ type: 'OAUTH2', access_token: expect.any(String), refresh_token: expect.stringMatching(/^rt_/), raw: { expires_in: 60 } });
    const lifetime = Date.parse(credentials.expires_at) - Date.now();
    expect(lifetime).toBeGreaterThan(50_000);
    expect(lifetime).toBeLessThanOrEqual(60_000);
    const row = api.deps.store.database.prepare<[string], { credentials_sealed: Buffer }>('SELECT credentials_sealed FROM connections WHERE connection_id = ?').get(connectionId);
    expect(row?.credentials_sealed.includes(Buffer.from(credentials.refresh_token))).toBe(false);
  });

  it('refreshes a token that expires within 15 minutes, once for many parallel reads, and stores the rotated tokens', async () => {
    const { grants } = startApi(60);
    const connectionId = await connectOAuth();
    const before = (await (await read(connectionId, '&refresh_token=true')).json()).credentials;
    expect(grants.refresh).toBe(1);
    const answers = await Promise.all(Array.from({ length: 8 }, () => read(connectionId)));
    expect(answers.map((res) => res.status)).toEqual(Array(8).fill(200));
    const tokens = new Set(await Promise.all(answers.map(async (res) => (await res.json()).credentials.access_token)));
    expect(grants.refresh).toBe(2);
    expect(tokens.size).toBe(1);
    expect(tokens.has(before.access_token)).toBe(false);
    const stored = api.deps.store.getConnection('demo-oauth2', connectionId)?.credentials;
    expect(stored).toMatchObject({ access_token: [...tokens][0], refresh_token: expect.not.stringMatching(before.refresh_token) });
  });

  it('returns a token far from expiry as stored, and refreshes it when force_refresh=true', async () => {
    const { grants } = startApi(3600);
    const connectionId = await connectOAuth();
    const first = (await (await read(connectionId)).json()).credentials.access_token;
    expect((await (await read(connectionId)).json()).credentials.access_token).toBe(first);
    expect(grants.refresh).toBe(0);
    const forced = (await (await read(connectionId, '&force_refresh=true')).json()).credentials.access_token;
    expect(forced).not.toBe(first);
    expect(grants.refresh).toBe(1);
  });

  it('a refresh the provider refuses answers 400 invalid_credentials, marks the connection and sends a refresh failure webhook', async () => {
    const { webhooks } = startApi(60);
    const connectionId = await connectOAuth();
    await revokeRefreshToken(connectionId);
    const failed = await read(connectionId);
    expect(failed.status).toBe(400);
    const { error } = await failed.json();
    expect(error).toMatchObject({
      code: 'invalid_credentials',
      message: 'The external API returned an error when trying to refresh the access token. Please try again later.',
      payload: { connection: { connection_id: connectionId, credentials: {}, errors: [{ type: 'auth', log_id: expect.any(String) }] } },
    });
    await api.deps.webhooks.idle();
    expect(webhooks.at(-1)).toMatchObject({
      type: 'auth', operation: 'refresh', success: false, connectionId, providerConfigKey: 'demo-oauth2', authMode: 'OAUTH2',
      endUser: { endUserId: 'u-refresh', endUserEmail: 'rae@acme.test' },
      error: { type: 'refresh_token_external_error', description: expect.stringContaining('invalid_grant') },
    });
    // Within 30 s of a failure, reads back off instead of hammering the provider.
    const backedOff = await read(connectionId);
    expect(backedOff.status).toBe(424);
    expect((await backedOff.json()).error).toMatchObject({ code: 'invalid_credentials', message: 'A recent refresh attempt failed. Backing off before retrying.' });
    expect((await read(connectionId, '&force_refresh=true')).status).toBe(400); // forced: the provider is asked again
    const { connections } = await (await admin('/connections?endUserId=u-refresh')).json();
    expect(connections[0].errors).toEqual([{ type: 'auth', log_id: expect.any(String) }]);
  });

  it('sends no refresh failure webhook when "on auth refresh error" is off', async () => {
    const { webhooks } = startApi(60);
    writeWebhookSettings(api.deps.store, { primaryUrl: 'http://hooks.test/', secondaryUrl: null, sendCreationWebhooks: true, sendRefreshErrorWebhooks: false });
    const connectionId = await connectOAuth();
    await api.deps.webhooks.idle();
    const sent = webhooks.length;
    await revokeRefreshToken(connectionId);
    expect((await read(connectionId)).status).toBe(400);
    await api.deps.webhooks.idle();
    expect(webhooks).toHaveLength(sent);
  });

  it('a successful reconnect clears the error', async () => {
    startApi(60);
    const connectionId = await connectOAuth();
    await revokeRefreshToken(connectionId);
    expect((await read(connectionId)).status).toBe(400);
    const reconnect = await api.app.request('/connect/sessions/reconnect', {
      method: 'POST', headers: { authorization: `Bearer ${testSecretKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ connection_id: connectionId, integration_id: 'demo-oauth2' }),
    });
    const token = (await reconnect.json()).data.token;
    await runOAuthPopup(testPublicUrl, { token, decision: 'allow', send: (url, init) => Promise.resolve(api.app.request(String(url), init)) });
    const healed = await read(connectionId);
    expect(healed.status).toBe(200);
    expect((await healed.json()).errors).toEqual([]);
  });
});

describe("@nangohq/node's getToken and getConnection against a real server", () => {
  it('get a refreshed token, and a refresh failure reaches the webhook receiver signed with the signing key', async () => {
    const receiver = await startReceiver();
    const configDir = mkdtempSync(join(tmpdir(), 'plugboard-refresh-config-'));
    const configPath = join(configDir, 'plugboard.json');
    writeFileSync(configPath, JSON.stringify({ test_provider: { access_token_ttl_seconds: 30 }, webhooks: { url: receiver.url } }));
    const secretKey = '7e6d5c4b-3a29-4817-a6f5-e4d3c2b1a098';
    const server = await startRealServer({ secretKey, configPath });
    try {
      const environment = await (await fetch(`${server.url}/plugboard/environment`, { headers: { authorization: `Bearer ${secretKey}` } })).json();
      const nango = new Nango({ host: server.url, secretKey, webhookSigningKey: environment.data.webhook_signing_key });
      const { data } = await nango.createConnectSession({ end_user: { id: 'node-refresh' }, allowed_integrations: ['demo-oauth2'] });
      expect((await runOAuthPopup(server.url, { token: data.token, decision: 'allow' })).status).toBe(200);
      const connectionId = (await nango.listConnections({ userId: 'node-refresh' })).connections[0]!.connection_id;
      const stored = await nango.getConnection('demo-oauth2', connectionId, false, true);
      const token = await nango.getToken('demo-oauth2', connectionId);
      expect(typeof token).toBe('string');
      expect(token).not.toBe((stored.credentials as { access_token: string }).access_token);

      const refreshToken = (await nango.getConnection('demo-oauth2', connectionId, false, true)).credentials as { refresh_token: string };
      await fetch(`${server.url}/_test-provider/oauth2/revoke`, {
        method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token: refreshToken.refresh_token, ...demoClient }).toString(),
      });
      const failure: unknown = await nango.getToken('demo-oauth2', connectionId, true).catch((err: unknown) => err);
      expect(failure).toMatchObject({ response: { status: 400, data: { error: { code: 'invalid_credentials' } } } });
      await receiver.waitForCount(2);
      const refreshHook = receiver.received.find((hook) => JSON.parse(hook.body).operation === 'refresh');
      expect(refreshHook && nango.verifyIncomingWebhookRequest(refreshHook.body, refreshHook.headers)).toBe(true);
      expect(JSON.parse(refreshHook!.body)).toMatchObject({ connectionId, success: false, error: { type: 'refresh_token_external_error' } });
    } finally {
      await receiver.close();
      await server.stop();
      rmSync(configDir, { recursive: true, force: true });
    }
  });
});
