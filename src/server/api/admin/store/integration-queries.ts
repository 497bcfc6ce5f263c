import type Database from 'better-sqlite3';
import { fromStoredJson } from '../../store/rows';
import { defaultExtras, type AdminStore } from './admin-store';

const extrasSchemaSql = `
CREATE TABLE IF NOT EXISTS integration_extras (
  unique_key TEXT PRIMARY KEY,
  forward_webhooks INTEGER NOT NULL,
  webhook_secret TEXT,
  custom TEXT NOT NULL
);`;

interface ExtrasRow {
  forward_webhooks: number;
  webhook_secret: string | null;
  custom: string;
}

type IntegrationQueries = Pick<AdminStore, 'deleteIntegration' | 'renameIntegration' | 'getExtras' | 'setExtras'>;

/** Integration changes the core store has no verb for, plus the `integration_extras` table. */
export function integrationQueries(db: Database.Database, deleteConnectionsWhere: (where: string, params: string[]) => number): IntegrationQueries {
  db.exec(extrasSchemaSql);
  const deleteIntegration = db.transaction((uniqueKey: string): boolean => {
    deleteConnectionsWhere('provider_config_key = ?', [uniqueKey]);
    db.prepare('DELETE FROM integration_extras WHERE unique_key = ?').run(uniqueKey);
    return db.prepare('DELETE FROM integrations WHERE unique_key = ?').run(uniqueKey).changes > 0;
  });
  const renameIntegration = db.transaction((from: string, to: string, now: string) => {
    db.prepare('UPDATE integrations SET unique_key = ?, updated_at = ? WHERE unique_key = ?').run(to, now, from);
    db.prepare('UPDATE integration_extras SET unique_key = ? WHERE unique_key = ?').run(to, from);
  });
  return {
    deleteIntegration: (uniqueKey) => deleteIntegration(uniqueKey),
    renameIntegration: (from, to, now) => renameIntegration(from, to, now),
    getExtras(uniqueKey) {
      const row = db.prepare<[string], ExtrasRow>('SELECT * FROM integration_extras WHERE unique_key = ?').get(uniqueKey);
      if (!row) return defaultExtras;
      return { forwardWebhooks: row.forward_webhooks === 1, webhookSecret: row.webhook_secret, custom: fromStoredJson(row.custom) };
    },
    setExtras(uniqueKey, extras) {
      db.prepare(
        `INSERT INTO integration_extras (unique_key, forward_webhooks, webhook_secret, custom) VALUES (?, ?, ?, ?)
         ON CONFLICT(unique_key) DO UPDATE SET forward_webhooks = excluded.forward_webhooks,
           webhook_secret = excluded.webhook_secret, custom = excluded.custom`,
      ).run(uniqueKey, extras.forwardWebhooks ? 1 : 0, extras.webhookSecret, JSON.stringify(extras.custom));
    },
  };
}
