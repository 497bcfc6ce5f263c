import type Database from 'better-sqlite3';
import type { CredentialCipher } from '../crypto/credential-cipher';
import { sealedContext } from './rows';

/** Settings rows whose value is a sealed blob (base64). */
export const sealedSettings = {
  generatedSecretKey: 'dev_secret_key_sealed',
  generatedSigningKey: 'webhook_signing_key_generated',
  rotatedSigningKey: 'webhook_signing_key_rotated',
} as const;

const formatSetting = 'sealed_format';
const currentFormat = '2';
/** Before format 2 a rotated signing key was kept in the clear under this name. */
const plaintextRotatedKey = 'webhook_signing_key';

/**
 * Brings a database written by an older version up to the current sealed format, once, on open:
 * blobs without key version and context are sealed again, secrets once kept in the clear (a
 * rotated signing key, integrations' webhook secrets) are sealed, and the WAL is emptied so no old
 * page keeps a copy. Runs in one transaction: a crash leaves the old, still readable, format.
 */
export function migrateSealedValues(db: Database.Database, cipher: CredentialCipher): void {
  const isCurrent = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE name = ?').get(formatSetting)?.value === currentFormat;
  const extrasColumns = db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('integration_extras')").all().map((c) => c.name);
  const hasPlaintextWebhookSecrets = extrasColumns.includes('webhook_secret');
  if (isCurrent && !hasPlaintextWebhookSecrets) return;

  db.transaction(() => {
    if (!isCurrent) resealLegacyBlobs(db, cipher);
    if (hasPlaintextWebhookSecrets) sealWebhookSecrets(db, cipher);
    db.prepare('INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value').run(formatSetting, currentFormat);
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
}

function resealLegacyBlobs(db: Database.Database, cipher: CredentialCipher): void {
  const integrations = db.prepare<[], { unique_key: string; sealed: Buffer }>(
    'SELECT unique_key, oauth_client_secret_sealed AS sealed FROM integrations WHERE oauth_client_secret_sealed IS NOT NULL',
  ).all();
  for (const { unique_key: key, sealed } of integrations) {
    db.prepare('UPDATE integrations SET oauth_client_secret_sealed = ? WHERE unique_key = ?')
      .run(cipher.encrypt(cipher.decryptLegacy(sealed), sealedContext.integrationSecret(key)), key);
  }
  const connections = db.prepare<[], { id: number; key: string; connection_id: string; sealed: Buffer }>(
    'SELECT id, provider_config_key AS key, connection_id, credentials_sealed AS sealed FROM connections',
  ).all();
  for (const { id, key, connection_id: connectionId, sealed } of connections) {
    db.prepare('UPDATE connections SET credentials_sealed = ? WHERE id = ?')
      .run(cipher.encrypt(cipher.decryptLegacy(sealed), sealedContext.credentials(key, connectionId)), id);
  }
  const setSealed = (name: string, value: string) =>
    db.prepare('INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value')
      .run(name, cipher.encrypt(value, sealedContext.setting(name)).toString('base64'));
  const read = (name: string) => db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE name = ?').get(name)?.value;
  const secretKey = read(sealedSettings.generatedSecretKey);
  if (secretKey !== undefined) setSealed(sealedSettings.generatedSecretKey, cipher.decryptLegacy(Buffer.from(secretKey, 'base64')));
  const rotated = read(plaintextRotatedKey);
  if (rotated !== undefined) {
    setSealed(sealedSettings.rotatedSigningKey, rotated);
    db.prepare('DELETE FROM settings WHERE name = ?').run(plaintextRotatedKey);
  }
}

function sealWebhookSecrets(db: Database.Database, cipher: CredentialCipher): void {
  db.exec('ALTER TABLE integration_extras ADD COLUMN webhook_secret_sealed BLOB');
  const rows = db.prepare<[], { unique_key: string; webhook_secret: string }>(
    'SELECT unique_key, webhook_secret FROM integration_extras WHERE webhook_secret IS NOT NULL',
  ).all();
  for (const { unique_key: key, webhook_secret: secret } of rows) {
    db.prepare('UPDATE integration_extras SET webhook_secret_sealed = ? WHERE unique_key = ?').run(cipher.encrypt(secret, sealedContext.webhookSecret(key)), key);
  }
  db.exec('ALTER TABLE integration_extras DROP COLUMN webhook_secret');
}
