import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApiServer, type RunningApiServer } from './server';

let dataDir: string;
const quiet = () => {};
const savedKey = process.env.PLUGBOARD_SECRET_KEY;
const savedSigningKey = process.env.PLUGBOARD_WEBHOOK_SIGNING_KEY;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'plugboard-secret-'));
  delete process.env.PLUGBOARD_SECRET_KEY;
  delete process.env.PLUGBOARD_WEBHOOK_SIGNING_KEY;
});

afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
  if (savedKey !== undefined) process.env.PLUGBOARD_SECRET_KEY = savedKey;
  if (savedSigningKey !== undefined) process.env.PLUGBOARD_WEBHOOK_SIGNING_KEY = savedSigningKey;
});

const start = () => startApiServer({ port: 0, dataDir, connectUiUrl: 'http://127.0.0.1:1/', log: quiet });

/** Every file of the data directory (database, WAL, shared memory, keys) that holds `secret` in the clear. */
function filesHolding(secret: string): string[] {
  return readdirSync(dataDir).filter((name) => readFileSync(join(dataDir, name)).includes(secret));
}

async function admin(running: RunningApiServer, method: string, path: string, body?: unknown, key = running.secretKey) {
  const res = await fetch(`${running.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

const signingKeyOf = async (running: RunningApiServer, key = running.secretKey): Promise<string> =>
  (await admin(running, 'GET', '/plugboard/environment', undefined, key)).data.webhook_signing_key;

describe('a generated secret key', () => {
  it('is kept across restarts but never written to disk in the clear', async () => {
    const first = await start();
    await first.close();
    const second = await start();
    await second.close();
    expect(second.secretKey).toBe(first.secretKey);
    expect(filesHolding(first.secretKey)).toEqual([]);
  });
});

describe('the webhook signing key', () => {
  it('is its own random key, not the secret key, kept across restarts', async () => {
    const first = await start();
    const signingKey = await signingKeyOf(first);
    await first.close();
    const second = await start();
    expect(await signingKeyOf(second)).toBe(signingKey);
    await second.close();
    expect(signingKey).not.toBe(first.secretKey);
    expect(signingKey.length).toBeGreaterThanOrEqual(32);
  });
});

describe('every secret the server keeps', () => {
  it('is absent in the clear from every file of the data directory, WAL included, while running and after', async () => {
    const running = await start();
    const generatedSigningKey = await signingKeyOf(running);
    const rotated: string = (await admin(running, 'POST', '/environment/webhook-signing-key/rotate', {})).data.webhook_signing_key;
    const clientSecret = `cs_${randomBytes(12).toString('hex')}`;
    const webhookSecret = `wh_${randomBytes(12).toString('hex')}`;
    await admin(running, 'POST', '/integrations', {
      provider: 'test-oauth2', unique_key: 'at-rest',
      credentials: { type: 'OAUTH2', client_id: 'at-rest-app', client_secret: clientSecret, webhook_secret: webhookSecret },
    });
    const privateKey = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } }).privateKey;
    await admin(running, 'POST', '/integrations', {
      provider: 'test-custom', unique_key: 'at-rest-app',
      credentials: { type: 'CUSTOM', client_id: 'at-rest-custom', client_secret: `${clientSecret}-custom`, app_id: '77', app_link: 'https://apps.example.com/apps/at-rest', private_key: privateKey },
    });
    // The key's body, without the PEM armour every key shares.
    const privateKeyBody = privateKey.split('\n').slice(1, -2).join('\n');
    const session = await admin(running, 'POST', '/connect/sessions', { end_user: { id: 'at-rest-user' } });
    const apiKey = `test_${randomBytes(12).toString('hex')}`;
    const connected = await fetch(`${running.url}/api-auth/api-key/demo-api-key?connect_session_token=${session.data.token}&params[region]=eu`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ apiKey }),
    });
    expect(connected.status).toBe(200);

    // The prod environment keeps its own generated keys and secrets, in its own database file.
    const prodSigningKey = await signingKeyOf(running, running.prodSecretKey);
    const prodClientSecret = `cs_prod_${randomBytes(12).toString('hex')}`;
    await admin(running, 'POST', '/integrations', {
      provider: 'test-oauth2', unique_key: 'at-rest-prod', credentials: { type: 'OAUTH2', client_id: 'at-rest-prod-app', client_secret: prodClientSecret },
    }, running.prodSecretKey);
    await admin(running, 'POST', '/integrations', { provider: 'test-api-key', unique_key: 'prod-api-key' }, running.prodSecretKey);
    const prodSession = await admin(running, 'POST', '/connect/sessions', { end_user: { id: 'at-rest-prod-user' } }, running.prodSecretKey);
    const prodApiKey = `test_prod_${randomBytes(12).toString('hex')}`;
    const prodConnected = await fetch(`${running.url}/api-auth/api-key/prod-api-key?connect_session_token=${prodSession.data.token}&params[region]=eu`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ apiKey: prodApiKey }),
    });
    expect(prodConnected.status).toBe(200);

    const secrets = {
      secretKey: running.secretKey, generatedSigningKey, rotated, clientSecret, webhookSecret, apiKey, privateKeyBody,
      prodSecretKey: running.prodSecretKey, prodSigningKey, prodClientSecret, prodApiKey,
    };
    const scan = () => Object.fromEntries(Object.entries(secrets).map(([name, value]) => [name, filesHolding(value)]));
    const nowhere = Object.fromEntries(Object.keys(secrets).map((name) => [name, []]));
    expect(readdirSync(dataDir)).toEqual(expect.arrayContaining(['plugboard.sqlite-wal', 'plugboard-prod.sqlite-wal']));
    expect(scan()).toEqual(nowhere);
    await running.close();
    expect(scan()).toEqual(nowhere);

    // And all of it still opens after a restart.
    const again = await start();
    expect(await signingKeyOf(again)).toBe(rotated);
    expect(again.prodSecretKey).toBe(running.prodSecretKey);
    expect(await signingKeyOf(again, again.prodSecretKey)).toBe(prodSigningKey);
    expect((await admin(again, 'GET', '/integrations/at-rest-prod?include=credentials', undefined, again.prodSecretKey)).data.credentials)
      .toMatchObject({ client_secret: prodClientSecret });
    expect((await admin(again, 'GET', '/integrations/at-rest?include=credentials')).data.credentials).toMatchObject({ client_secret: clientSecret, webhook_secret: webhookSecret });
    expect((await admin(again, 'GET', '/integrations/at-rest-app?include=credentials')).data.credentials).toMatchObject({ app_id: '77', private_key: privateKey });
    await again.close();
  });
});

describe('the data directory', () => {
  it('is readable by its owner only, and so is every file in it (database, WAL, keys)', async () => {
    const nested = join(dataDir, 'new', 'data');
    const existing = join(dataDir, 'existing');
    mkdirSync(existing, { mode: 0o755 });
    // A key file added by hand with the usual mode.
    writeFileSync(join(existing, 'encryption.key'), `1:${randomBytes(32).toString('base64')}\n`, { mode: 0o644 });
    for (const dir of [nested, existing]) {
      const running = await startApiServer({ port: 0, dataDir: dir, connectUiUrl: 'http://127.0.0.1:1/', log: quiet });
      await admin(running, 'POST', '/environment/webhook-signing-key/rotate', {});
      const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8);
      const files = readdirSync(dir);
      expect(files).toEqual(expect.arrayContaining(['plugboard.sqlite', 'plugboard.sqlite-wal', 'plugboard-prod.sqlite', 'encryption.key']));
      expect(Object.fromEntries([['.', modeOf(dir)], ...files.map((name) => [name, modeOf(join(dir, name))])])).toEqual(
        Object.fromEntries([['.', '700'], ...files.map((name) => [name, '600'])]),
      );
      await running.close();
    }
  });
});
