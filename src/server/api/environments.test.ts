import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Nango } from '@nangohq/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCredentialCipher, loadOrCreateEncryptionKeys } from './crypto/credential-cipher';
import { startApiServer } from './server';
import { runOAuthPopup } from './test/oauth-popup';
import { openSqliteStore } from './store/sqlite-store';
import { startReceiver, startRealServer, type RealServer } from './test/real-server';

// Two environments, `dev` and `prod`. The secret key (or the connect session it
// created) picks the environment; nothing of one is visible to the other.

const devKey = 'dev-key-0d5f2c3e-7a1b-4c8d-9e0f-1a2b3c4d5e6f';
const prodKey = 'prod-key-9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

let server: RealServer;
beforeAll(async () => {
  server = await startRealServer({ secretKey: devKey, prodSecretKey: prodKey, webhookBackoffMs: 10 });
});
afterAll(() => server.stop());

async function call(key: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, json: await res.json().catch(() => null) };
}

const integrationKeys = async (key: string): Promise<string[]> =>
  ((await call(key, 'GET', '/integrations')).json.data as Array<{ unique_key: string }>).map((integration) => integration.unique_key);

/** A connection made through a connect session created with `key`, to the NONE integration `integration`. */
async function connect(key: string, integration: string, extra: Record<string, unknown> = {}): Promise<string> {
  const session = await call(key, 'POST', '/connect/sessions', { end_user: { id: 'u-env' }, ...extra });
  expect(session.status).toBe(201);
  const res = await fetch(`${server.url}/auth/unauthenticated/${integration}?connect_session_token=${session.json.data.token}`, { method: 'POST' });
  expect(res.status).toBe(200);
  return ((await res.json()) as { connectionId: string }).connectionId;
}

describe('each secret key opens its own environment', () => {
  it('names the environment and gives each its own signing key', async () => {
    const dev = (await call(devKey, 'GET', '/plugboard/environment')).json.data;
    const prod = (await call(prodKey, 'GET', '/plugboard/environment')).json.data;
    expect(dev.name).toBe('dev');
    expect(prod.name).toBe('prod');
    expect(prod.secret_key).toBe(prodKey);
    expect(dev.environments).toEqual(['dev', 'prod']);
    expect(prod.environments).toEqual(['dev', 'prod']);
    expect(prod.webhook_signing_key).not.toBe(dev.webhook_signing_key);
  });

  it('seeds the demo integrations into dev only', async () => {
    expect(await integrationKeys(devKey)).toContain('demo-oauth2');
    expect(await integrationKeys(prodKey)).not.toContain('demo-oauth2');
  });

  it('keeps integrations apart, in both directions, for list, get and delete; a unique key is unique per environment', async () => {
    expect((await call(prodKey, 'POST', '/integrations', { provider: 'test-none', unique_key: 'prod-only' })).status).toBe(200);
    expect((await call(devKey, 'POST', '/integrations', { provider: 'test-none', unique_key: 'dev-only' })).status).toBe(200);
    expect(await integrationKeys(prodKey)).toContain('prod-only');
    expect(await integrationKeys(prodKey)).not.toContain('dev-only');
    expect(await integrationKeys(devKey)).not.toContain('prod-only');
    expect((await call(devKey, 'GET', '/integrations/prod-only')).status).toBe(404);
    expect((await call(prodKey, 'GET', '/integrations/dev-only')).status).toBe(404);
    expect((await call(devKey, 'DELETE', '/integrations/prod-only')).status).toBe(404);
    expect((await call(prodKey, 'DELETE', '/integrations/demo-oauth2')).status).toBe(404);
    expect(await integrationKeys(prodKey)).toContain('prod-only');
    expect(await integrationKeys(devKey)).toContain('demo-oauth2');

    // The same unique key in both: two integrations, each with its own display name.
    expect((await call(prodKey, 'POST', '/integrations', { provider: 'test-none', unique_key: 'demo-none', display_name: 'Prod public API' })).status).toBe(200);
    expect((await call(prodKey, 'GET', '/integrations/demo-none')).json.data.display_name).toBe('Prod public API');
    expect((await call(devKey, 'GET', '/integrations/demo-none')).json.data.display_name).not.toBe('Prod public API');
  });

  it('keeps connections apart, in both directions, for list, get and delete', async () => {
    await call(prodKey, 'POST', '/integrations', { provider: 'test-none', unique_key: 'shared-none' });
    await call(devKey, 'POST', '/integrations', { provider: 'test-none', unique_key: 'shared-none' });
    const prodConnection = await connect(prodKey, 'shared-none');
    const devConnection = await connect(devKey, 'shared-none');
    const ids = async (key: string) =>
      ((await call(key, 'GET', '/connections?integrationId=shared-none')).json.connections as Array<{ connection_id: string }>).map((c) => c.connection_id);
    expect(await ids(prodKey)).toEqual([prodConnection]);
    expect(await ids(devKey)).toEqual([devConnection]);
    expect((await call(devKey, 'GET', `/connection/${prodConnection}?provider_config_key=shared-none`)).status).toBe(404);
    expect((await call(prodKey, 'GET', `/connection/${devConnection}?provider_config_key=shared-none`)).status).toBe(404);
    // Nango answers an unknown connection on delete with 400 `unknown_connection`.
    expect((await call(devKey, 'DELETE', `/connection/${prodConnection}?provider_config_key=shared-none`)).json.error.code).toBe('unknown_connection');
    expect((await call(prodKey, 'DELETE', `/connection/${devConnection}?provider_config_key=shared-none`)).json.error.code).toBe('unknown_connection');
    expect((await call(prodKey, 'GET', `/connection/${prodConnection}?provider_config_key=shared-none`)).status).toBe(200);
    expect((await call(devKey, 'GET', `/connection/${devConnection}?provider_config_key=shared-none`)).status).toBe(200);
  });

  it('keeps webhook settings, signing-key rotation and deliveries apart', async () => {
    const receiver = await startReceiver();
    try {
      expect((await call(prodKey, 'PATCH', '/plugboard/environment/webhook', { primary_url: receiver.url })).status).toBe(200);
      expect((await call(devKey, 'GET', '/plugboard/environment')).json.data.webhook_settings.primary_url).not.toBe(receiver.url);
      const devSigningKey = (await call(devKey, 'GET', '/plugboard/environment')).json.data.webhook_signing_key;
      const rotated = (await call(prodKey, 'POST', '/environment/webhook-signing-key/rotate', {})).json.data.webhook_signing_key;
      expect((await call(prodKey, 'GET', '/plugboard/environment')).json.data.webhook_signing_key).toBe(rotated);
      expect((await call(devKey, 'GET', '/plugboard/environment')).json.data.webhook_signing_key).toBe(devSigningKey);

      await call(prodKey, 'POST', '/integrations', { provider: 'test-none', unique_key: 'prod-hooks' });
      await connect(prodKey, 'prod-hooks');
      await receiver.waitForCount(1);
      const deliveries = async (key: string) => (await call(key, 'GET', '/plugboard/webhook-deliveries')).json.data as Array<{ url: string }>;
      await expect.poll(async () => (await deliveries(prodKey)).filter((d) => d.url === receiver.url).length).toBe(1);
      expect((await deliveries(devKey)).filter((d) => d.url === receiver.url)).toEqual([]);
    } finally {
      await call(prodKey, 'PATCH', '/plugboard/environment/webhook', { primary_url: '' });
      await receiver.close();
    }
  });
});

describe('a connect session created with the prod key', () => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  beforeEach(async () => {
    receiver = await startReceiver();
  });
  afterEach(() => receiver.close());

  it('connects into prod, and its webhook says environment prod, signed with the prod signing key', async () => {
    await call(prodKey, 'POST', '/integrations', { provider: 'test-none', unique_key: 'prod-webhook' });
    const prodSigningKey = (await call(prodKey, 'GET', '/plugboard/environment')).json.data.webhook_signing_key;
    const devSigningKey = (await call(devKey, 'GET', '/plugboard/environment')).json.data.webhook_signing_key;
    const nango = new Nango({ host: server.url, secretKey: prodKey, webhookSigningKey: prodSigningKey });
    const { data } = await nango.createConnectSession({ end_user: { id: 'u-prod' }, webhook_url_override: receiver.url });
    const res = await fetch(`${server.url}/auth/unauthenticated/prod-webhook?connect_session_token=${data.token}`, { method: 'POST' });
    expect(res.status).toBe(200);
    const { connectionId } = (await res.json()) as { connectionId: string };

    await receiver.waitForCount(1);
    const { body, headers } = receiver.received[0]!;
    expect(nango.verifyIncomingWebhookRequest(body, headers)).toBe(true);
    expect(new Nango({ host: server.url, secretKey: devKey, webhookSigningKey: devSigningKey }).verifyIncomingWebhookRequest(body, headers)).toBe(false);
    expect(JSON.parse(body)).toMatchObject({ type: 'auth', environment: 'prod', connectionId, providerConfigKey: 'prod-webhook', success: true });
    expect((await nango.getConnection('prod-webhook', connectionId)).connection_id).toBe(connectionId);
    expect((await call(devKey, 'GET', `/connection/${connectionId}?provider_config_key=prod-webhook`)).json.error.code).toBe('unknown_provider_config');
  });

  it('finishes an OAuth popup flow in prod: the callback, which carries only the state, lands in prod', async () => {
    await call(prodKey, 'POST', '/integrations', {
      provider: 'test-oauth2', unique_key: 'prod-oauth2', credentials: { type: 'OAUTH2', client_id: 'prod-oauth-app', client_secret: 'prod-oauth-secret' },
    });
    const prodSigningKey = (await call(prodKey, 'GET', '/plugboard/environment')).json.data.webhook_signing_key;
    const nango = new Nango({ host: server.url, secretKey: prodKey, webhookSigningKey: prodSigningKey });
    const { data } = await nango.createConnectSession({ end_user: { id: 'u-prod-oauth' }, webhook_url_override: receiver.url });
    const callback = await runOAuthPopup(server.url, { token: data.token, integration: 'prod-oauth2', decision: 'allow' });
    expect(callback.status).toBe(200);
    await receiver.waitForCount(1);
    const { body, headers } = receiver.received[0]!;
    expect(nango.verifyIncomingWebhookRequest(body, headers)).toBe(true);
    const webhook = JSON.parse(body);
    expect(webhook).toMatchObject({ environment: 'prod', providerConfigKey: 'prod-oauth2', success: true, operation: 'creation' });
    expect((await nango.getConnection('prod-oauth2', webhook.connectionId)).credentials).toMatchObject({ type: 'OAUTH2' });
  });

  it('cannot reach a dev integration', async () => {
    const session = await call(prodKey, 'POST', '/connect/sessions', { end_user: { id: 'u-prod' } });
    const res = await fetch(`${server.url}/auth/unauthenticated/demo-oauth2-outbound?connect_session_token=${session.json.data.token}`, { method: 'POST' });
    expect(res.status).toBe(404);
  });
});

describe('start-up', () => {
  it('refuses the same key for both environments, and a config naming dev "prod", naming the setting', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'plugboard-envs-'));
    try {
      const options = { port: 0, dataDir, connectUiUrl: 'http://127.0.0.1:9/', log: () => {} };
      await expect(startApiServer({ ...options, secretKey: devKey, prodSecretKey: devKey })).rejects.toThrow(/PLUGBOARD_PROD_SECRET_KEY must differ/);
      const configPath = join(dataDir, 'plugboard.json');
      writeFileSync(configPath, JSON.stringify({ environment: 'prod' }));
      await expect(startApiServer({ ...options, secretKey: devKey, prodSecretKey: prodKey, configPath })).rejects.toThrow(/environment: "prod"/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('wrong keys', () => {
  it('count once for both environments: after too many, even prod’s right key is refused', async () => {
    const own = await startRealServer({ secretKey: devKey, prodSecretKey: prodKey });
    try {
      const environmentWith = (key: string) => fetch(`${own.url}/plugboard/environment`, { headers: { authorization: `Bearer ${key}` } });
      let status = 0;
      for (let attempt = 0; attempt < 50 && status !== 429; attempt += 1) status = (await environmentWith(`wrong-${attempt}`)).status;
      expect(status).toBe(429);
      expect((await environmentWith(prodKey)).status).toBe(429);
    } finally {
      await own.stop();
    }
  });
});

describe('an existing data directory', () => {
  const saved = { dev: process.env.PLUGBOARD_SECRET_KEY, prod: process.env.PLUGBOARD_PROD_SECRET_KEY };
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'plugboard-envs-'));
    delete process.env.PLUGBOARD_SECRET_KEY;
    delete process.env.PLUGBOARD_PROD_SECRET_KEY;
  });
  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
    if (saved.dev !== undefined) process.env.PLUGBOARD_SECRET_KEY = saved.dev;
    if (saved.prod !== undefined) process.env.PLUGBOARD_PROD_SECRET_KEY = saved.prod;
  });

  it('keeps what it held in dev, and gains an empty prod with its own generated key, kept across restarts', async () => {
    // The layout every earlier version wrote: one database, its key file beside it.
    const old = openSqliteStore(join(dataDir, 'plugboard.sqlite'), createCredentialCipher(loadOrCreateEncryptionKeys(dataDir)));
    old.upsertIntegration({
      uniqueKey: 'from-before', provider: 'test-none', displayName: null, oauthClientId: null, oauthClientSecret: null, oauthScopes: [],
      allowedHosts: null, appId: null, appLink: null, appPrivateKey: null,
    }, new Date().toISOString());
    old.close();

    const lines: string[] = [];
    const start = () => startApiServer({ port: 0, dataDir, connectUiUrl: 'http://127.0.0.1:9/', secretKey: devKey, log: (line) => lines.push(line) });
    const list = async (url: string, key: string) =>
      ((await (await fetch(`${url}/integrations`, { headers: { authorization: `Bearer ${key}` } })).json()).data as Array<{ unique_key: string }>)
        .map((integration) => integration.unique_key);
    const first = await start();
    const generatedProdKey = lines.map((line) => /Plugboard prod secret key[^:]*: (\S+)/.exec(line)?.[1]).find(Boolean);
    try {
      expect(generatedProdKey).toBeDefined();
      expect(await list(first.url, devKey)).toContain('from-before');
      expect(await list(first.url, generatedProdKey!)).toEqual([]);
    } finally {
      await first.close();
    }
    const second = await start();
    try {
      expect(await list(second.url, generatedProdKey!)).toEqual([]);
      expect(await list(second.url, devKey)).toContain('from-before');
    } finally {
      await second.close();
    }
  });
});
