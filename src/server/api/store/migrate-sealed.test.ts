import { createCipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startApiServer } from '../server';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A blob as the first format sealed it: iv, tag, ciphertext; no key version, no context. */
function legacySeal(key: Buffer, plaintext: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

/** A data directory as the previous version left it. */
function legacyDataDir() {
  const dataDir = mkdtempSync(join(tmpdir(), 'plugboard-legacy-'));
  dirs.push(dataDir);
  const key = randomBytes(32);
  writeFileSync(join(dataDir, 'encryption.key'), `${key.toString('base64')}\n`, { mode: 0o600 });
  const secrets = {
    clientSecret: `cs_${randomBytes(8).toString('hex')}`,
    webhookSecret: `wh_${randomBytes(8).toString('hex')}`,
    rotated: `rot_${randomBytes(8).toString('hex')}`,
    apiKey: `test_${randomBytes(8).toString('hex')}`,
  };
  const db = new Database(join(dataDir, 'plugboard.sqlite'));
  db.exec(`
    CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE integrations (unique_key TEXT PRIMARY KEY, provider TEXT NOT NULL, display_name TEXT, oauth_client_id TEXT,
      oauth_client_secret_sealed BLOB, oauth_scopes TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
    CREATE TABLE integration_extras (unique_key TEXT PRIMARY KEY, forward_webhooks INTEGER NOT NULL, webhook_secret TEXT, custom TEXT NOT NULL);
    CREATE TABLE connections (id INTEGER PRIMARY KEY, connection_id TEXT NOT NULL, provider_config_key TEXT NOT NULL, provider TEXT NOT NULL,
      auth_mode TEXT NOT NULL, credentials_sealed BLOB NOT NULL, connection_config TEXT NOT NULL, tags TEXT NOT NULL,
      end_user_row_id INTEGER, webhook_url_override TEXT, is_pending INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
      UNIQUE (provider_config_key, connection_id));`);
  const now = new Date().toISOString();
  db.prepare('INSERT INTO integrations VALUES (?, ?, NULL, ?, ?, ?, ?, ?)').run('crm', 'test-oauth2', 'crm-app', legacySeal(key, secrets.clientSecret), '[]', now, now);
  db.prepare('INSERT INTO integrations VALUES (?, ?, NULL, NULL, NULL, ?, ?, ?)').run('demo-api-key', 'test-api-key', '[]', now, now);
  db.prepare('INSERT INTO integration_extras VALUES (?, 1, ?, ?)').run('crm', secrets.webhookSecret, '{}');
  db.prepare('INSERT INTO settings VALUES (?, ?)').run('webhook_signing_key', secrets.rotated);
  db.prepare(`INSERT INTO connections (connection_id, provider_config_key, provider, auth_mode, credentials_sealed, connection_config, tags,
    is_pending, created_at, updated_at) VALUES ('conn-1', 'demo-api-key', 'test-api-key', 'API_KEY', ?, '{}', '{}', 0, ?, ?)`)
    .run(legacySeal(key, JSON.stringify({ type: 'API_KEY', apiKey: secrets.apiKey })), now, now);
  db.close();
  return { dataDir, secrets };
}

describe('a data directory of the previous version', () => {
  it('opens with every secret readable, and keeps none of them in the clear on disk afterwards', async () => {
    const { dataDir, secrets } = legacyDataDir();
    const secretKey = 'legacy-test-secret-key';
    const running = await startApiServer({ port: 0, dataDir, secretKey, connectUiUrl: 'http://127.0.0.1:9/', log: () => {} });
    const get = async (path: string) => {
      const json = await (await fetch(`${running.url}${path}`, { headers: { authorization: `Bearer ${secretKey}` } })).json();
      return json.data ?? json;
    };
    try {
      expect((await get('/integrations/crm?include=credentials')).credentials).toMatchObject({ client_secret: secrets.clientSecret, webhook_secret: secrets.webhookSecret });
      expect((await get('/plugboard/environment')).webhook_signing_key).toBe(secrets.rotated);
      expect((await get('/connection/conn-1?provider_config_key=demo-api-key')).credentials).toMatchObject({ apiKey: secrets.apiKey });
      const inTheClear = Object.entries(secrets).filter(([, value]) =>
        readdirSync(dataDir).some((name) => readFileSync(join(dataDir, name)).includes(value)));
      expect(inTheClear).toEqual([]);
    } finally {
      await running.close();
    }
  });
});
