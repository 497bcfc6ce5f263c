import type Database from 'better-sqlite3';
import type { CredentialCipher } from '../../crypto/credential-cipher';
import { fromStoredJson, sealedContext } from '../../store/rows';
import { defaultExtras, type AdminStore } from './admin-store';

interface ExtrasRow {
  forward_webhooks: number;
  webhook_secret_sealed: Buffer | null;
  custom: string;
}

type IntegrationQueries = Pick<AdminStore, 'deleteIntegration' | 'renameIntegration' | 'getExtras' | 'setExtras'>;

/**
 * Integration changes the core store has no verb for, plus the `integration_extras` table (created
 * with the core schema). Its webhook secret is sealed like every other secret.
 */
export function integrationQueries(
  db: Database.Database, cipher: CredentialCipher, deleteConnectionsOf: (providerConfigKey: string) => number,
): IntegrationQueries {
  const deleteIntegration = db.transaction((uniqueKey: string): boolean => {
    deleteConnectionsOf(uniqueKey);
    db.prepare('DELETE FROM integration_extras WHERE unique_key = ?').run(uniqueKey);
    return db.prepare('DELETE FROM integrations WHERE unique_key = ?').run(uniqueKey).changes > 0;
  });
  // The sealed secrets name their row's key: a rename seals them again under the new one.
  const renameIntegration = db.transaction((from: string, to: string, now: string) => {
    const secret = db.prepare<[string], { sealed: Buffer | null }>('SELECT oauth_client_secret_sealed AS sealed FROM integrations WHERE unique_key = ?').get(from)?.sealed ?? null;
    const privateKey = db.prepare<[string], { sealed: Buffer | null }>('SELECT app_private_key_sealed AS sealed FROM integrations WHERE unique_key = ?').get(from)?.sealed ?? null;
    const webhookSecret = db.prepare<[string], { sealed: Buffer | null }>('SELECT webhook_secret_sealed AS sealed FROM integration_extras WHERE unique_key = ?').get(from)?.sealed ?? null;
    const reseal = (sealed: Buffer | null, fromContext: string, toContext: string) =>
      sealed === null ? null : cipher.encrypt(cipher.decrypt(sealed, fromContext), toContext);
    db.prepare('UPDATE integrations SET unique_key = ?, oauth_client_secret_sealed = ?, app_private_key_sealed = ?, updated_at = ? WHERE unique_key = ?')
      .run(to, reseal(secret, sealedContext.integrationSecret(from), sealedContext.integrationSecret(to)),
        reseal(privateKey, sealedContext.appPrivateKey(from), sealedContext.appPrivateKey(to)), now, from);
    db.prepare('UPDATE integration_extras SET unique_key = ?, webhook_secret_sealed = ? WHERE unique_key = ?')
      .run(to, reseal(webhookSecret, sealedContext.webhookSecret(from), sealedContext.webhookSecret(to)), from);
  });
  return {
    deleteIntegration: (uniqueKey) => deleteIntegration(uniqueKey),
    renameIntegration: (from, to, now) => renameIntegration(from, to, now),
    getExtras(uniqueKey) {
      const row = db.prepare<[string], ExtrasRow>('SELECT * FROM integration_extras WHERE unique_key = ?').get(uniqueKey);
      if (!row) return defaultExtras;
      const webhookSecret = row.webhook_secret_sealed ? cipher.decrypt(row.webhook_secret_sealed, sealedContext.webhookSecret(uniqueKey)) : null;
      return { forwardWebhooks: row.forward_webhooks === 1, webhookSecret, custom: fromStoredJson(row.custom) };
    },
    setExtras(uniqueKey, extras) {
      db.prepare(
        `INSERT INTO integration_extras (unique_key, forward_webhooks, webhook_secret_sealed, custom) VALUES (?, ?, ?, ?)
         ON CONFLICT(unique_key) DO UPDATE SET forward_webhooks = excluded.forward_webhooks,
           webhook_secret_sealed = excluded.webhook_secret_sealed, custom = excluded.custom`,
      ).run(
        uniqueKey,
        extras.forwardWebhooks ? 1 : 0,
        extras.webhookSecret === null ? null : cipher.encrypt(extras.webhookSecret, sealedContext.webhookSecret(uniqueKey)),
        JSON.stringify(extras.custom),
      );
    },
  };
}
