import type Database from 'better-sqlite3';
import { fromStoredJson } from '../../store/rows';
import { defaultExtras, type AdminEndUser, type AdminStore, type ConnectionListRow, type DeliveryRecord } from './admin-store';
import { connectionListQuery } from './connection-query';

const extrasSchemaSql = `
CREATE TABLE IF NOT EXISTS integration_extras (
  unique_key TEXT PRIMARY KEY,
  forward_webhooks INTEGER NOT NULL,
  webhook_secret TEXT,
  custom TEXT NOT NULL
);`;

interface EndUserColumns {
  eu_end_user_id: string | null;
  eu_email: string | null;
  eu_display_name: string | null;
  eu_tags: string | null;
  eu_organization_id: string | null;
  eu_organization_display_name: string | null;
}

interface ListRow extends EndUserColumns {
  id: number;
  connection_id: string;
  provider_config_key: string;
  provider: string;
  auth_mode: string;
  tags: string;
  created_at: string;
  updated_at: string;
}

interface ExtrasRow {
  forward_webhooks: number;
  webhook_secret: string | null;
  custom: string;
}

interface DeliveryRow {
  id: number;
  url: string;
  body: string;
  status: number | null;
  attempts: number;
  last_error: string | null;
  created_at: string;
  delivered_at: string | null;
}

const endUserSelect = `SELECT end_user_id AS eu_end_user_id, email AS eu_email, display_name AS eu_display_name, tags AS eu_tags,
  organization_id AS eu_organization_id, organization_display_name AS eu_organization_display_name FROM end_users WHERE id = ?`;

/** The admin queries over the server's own sqlite database (a handle on the same file). */
export function createSqliteAdminStore(db: Database.Database): AdminStore {
  db.exec(extrasSchemaSql);
  const deleteConnections = db.transaction((where: string, params: string[]): number => {
    const endUserIds = db.prepare<string[], { end_user_row_id: number | null }>(`SELECT end_user_row_id FROM connections WHERE ${where}`).all(...params);
    const { changes } = db.prepare(`DELETE FROM connections WHERE ${where}`).run(...params);
    const removeEndUser = db.prepare('DELETE FROM end_users WHERE id = ? AND NOT EXISTS (SELECT 1 FROM connections WHERE end_user_row_id = ?)');
    for (const { end_user_row_id: id } of endUserIds) if (id !== null) removeEndUser.run(id, id);
    return changes;
  });
  const deleteIntegration = db.transaction((uniqueKey: string): boolean => {
    deleteConnections('provider_config_key = ?', [uniqueKey]);
    db.prepare('DELETE FROM integration_extras WHERE unique_key = ?').run(uniqueKey);
    return db.prepare('DELETE FROM integrations WHERE unique_key = ?').run(uniqueKey).changes > 0;
  });
  const renameIntegration = db.transaction((from: string, to: string, now: string) => {
    db.prepare('UPDATE integrations SET unique_key = ?, updated_at = ? WHERE unique_key = ?').run(to, now, from);
    db.prepare('UPDATE integration_extras SET unique_key = ? WHERE unique_key = ?').run(to, from);
  });
  return {
    listConnections(filter) {
      const { sql, params } = connectionListQuery(filter);
      return db.prepare<Array<string | number>, ListRow>(sql).all(...params).map(toListRow);
    },
    getEndUser(rowId) {
      const row = db.prepare<[number], EndUserColumns>(endUserSelect).get(rowId);
      return row ? toEndUser(row) : null;
    },
    countConnectionsOf: (key) =>
      db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM connections WHERE provider_config_key = ?').get(key)?.n ?? 0,
    deleteConnection: (key, connectionId) => deleteConnections('provider_config_key = ? AND connection_id = ?', [key, connectionId]) > 0,
    deleteIntegration: (uniqueKey) => deleteIntegration(uniqueKey),
    renameIntegration: (from, to, now) => renameIntegration(from, to, now),
    touchIntegration(uniqueKey, now) {
      db.prepare('UPDATE integrations SET updated_at = ? WHERE unique_key = ?').run(now, uniqueKey);
    },
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
    listDeliveries: (limit) =>
      db.prepare<[number], DeliveryRow>('SELECT * FROM webhook_deliveries ORDER BY id DESC LIMIT ?').all(limit).map(toDelivery),
    getDelivery(id) {
      const row = db.prepare<[number], DeliveryRow>('SELECT * FROM webhook_deliveries WHERE id = ?').get(id);
      return row ? toDelivery(row) : undefined;
    },
  };
}

function toListRow(row: ListRow): ConnectionListRow {
  return {
    id: row.id,
    connectionId: row.connection_id,
    providerConfigKey: row.provider_config_key,
    provider: row.provider,
    authMode: row.auth_mode,
    tags: fromStoredJson(row.tags),
    endUser: toEndUser(row),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toEndUser(row: EndUserColumns): AdminEndUser | null {
  if (row.eu_end_user_id === null) return null;
  return {
    endUserId: row.eu_end_user_id,
    email: row.eu_email,
    displayName: row.eu_display_name,
    tags: row.eu_tags ? fromStoredJson(row.eu_tags) : {},
    organizationId: row.eu_organization_id,
    organizationDisplayName: row.eu_organization_display_name,
  };
}

function toDelivery(row: DeliveryRow): DeliveryRecord {
  return {
    id: row.id, url: row.url, body: row.body, status: row.status, attempts: row.attempts,
    lastError: row.last_error, createdAt: row.created_at, deliveredAt: row.delivered_at,
  };
}
