import type { ApiDeps } from '../deps';
import type { ConnectSession } from '../store/store';

/** A connection made with a connect session, as `GET /connect/session` lists it. */
export interface SessionConnectionOutput {
  connection_id: string;
  provider_config_key: string;
  is_pending: boolean;
  created_at: string;
}

/**
 * Remembers that `session` made (or overrode) this connection, and when: made again (a reconnect),
 * its time moves, so a watcher sees it as new. An OAuth flow carries a snapshot of
 * its session and may finish after the session expired and was purged, and sqlite may give a later
 * session the purged one's id: the row is written only while that very session (id and creation
 * time) still exists.
 */
export function recordSessionConnection(deps: ApiDeps, session: ConnectSession, connectionRowId: number): void {
  deps.store.database
    .prepare(
      `INSERT INTO session_connections (session_id, connection_row_id, created_at)
       SELECT id, ?, ? FROM connect_sessions WHERE id = ? AND created_at = ?
       ON CONFLICT (session_id, connection_row_id) DO UPDATE SET created_at = excluded.created_at`,
    )
    .run(connectionRowId, deps.now().toISOString(), session.id, session.createdAt);
}

interface Row {
  connection_id: string;
  provider_config_key: string;
  is_pending: number;
  created_at: string;
}

/** The connections this session made, oldest first. */
export function listSessionConnections(deps: ApiDeps, session: ConnectSession): SessionConnectionOutput[] {
  const rows = deps.store.database
    .prepare<[number], Row>(
      `SELECT c.connection_id, c.provider_config_key, c.is_pending, s.created_at
       FROM session_connections s JOIN connections c ON c.id = s.connection_row_id
       WHERE s.session_id = ? ORDER BY s.created_at, s.rowid`,
    )
    .all(session.id);
  return rows.map((row) => ({ ...row, is_pending: row.is_pending === 1 }));
}
