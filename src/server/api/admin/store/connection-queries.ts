import type Database from 'better-sqlite3';
import { fromStoredJson } from '../../store/rows';
import type { AdminEndUser, AdminStore, ConnectionListRow } from './admin-store';
import { connectionListQuery } from './connection-query';

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
  auth_error_log_id: string | null;
  metadata: string | null;
  created_at: string;
  updated_at: string;
}

const endUserSelect = `SELECT end_user_id AS eu_end_user_id, email AS eu_email, display_name AS eu_display_name, tags AS eu_tags,
  organization_id AS eu_organization_id, organization_display_name AS eu_organization_display_name FROM end_users WHERE id = ?`;

export type ConnectionQueries = Pick<AdminStore, 'listConnections' | 'getEndUser' | 'countConnectionsOf' | 'deleteConnection'> & {
  /** Deletes every connection of an integration and the end-user rows no other connection uses; returns how many. */
  deleteConnectionsOf(providerConfigKey: string): number;
};

// The only two selections a delete may use: fixed SQL, the caller gives values, never text.
const selections = {
  one: 'provider_config_key = ? AND connection_id = ?',
  ofIntegration: 'provider_config_key = ?',
} as const;

export function connectionQueries(db: Database.Database): ConnectionQueries {
  const deleteSelected = db.transaction((selection: keyof typeof selections, params: string[]): number => {
    const where = selections[selection];
    const linked = db.prepare<string[], { end_user_row_id: number | null }>(`SELECT end_user_row_id FROM connections WHERE ${where}`).all(...params);
    const { changes } = db.prepare(`DELETE FROM connections WHERE ${where}`).run(...params);
    const removeEndUser = db.prepare('DELETE FROM end_users WHERE id = ? AND NOT EXISTS (SELECT 1 FROM connections WHERE end_user_row_id = ?)');
    for (const { end_user_row_id: id } of linked) if (id !== null) removeEndUser.run(id, id);
    return changes;
  });
  return {
    deleteConnectionsOf: (key) => deleteSelected('ofIntegration', [key]),
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
    deleteConnection: (key, connectionId) => deleteSelected('one', [key, connectionId]) > 0,
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
    authErrorLogId: row.auth_error_log_id,
    metadata: row.metadata === null ? null : fromStoredJson(row.metadata),
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
