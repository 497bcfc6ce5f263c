import { join } from 'node:path';
import Database from 'better-sqlite3';
import { databaseFileOf } from '../environments';

export interface Persisted {
  connectionIds: Set<string>;
  tokenHashes: Set<string>;
}

/** What a restarted server has on disk: read straight from the database, read-only. */
export function readPersisted(dataDir: string, providerConfigKey: string): Persisted {
  // The load's sessions and connections go to the dev environment's database.
  const db = new Database(join(dataDir, databaseFileOf.dev), { readonly: true, fileMustExist: true });
  try {
    const connections = db
      .prepare<[string], { connection_id: string }>('SELECT connection_id FROM connections WHERE provider_config_key = ?')
      .all(providerConfigKey);
    const sessions = db.prepare<[], { token_hash: string }>('SELECT token_hash FROM connect_sessions').all();
    return {
      connectionIds: new Set(connections.map((row) => row.connection_id)),
      tokenHashes: new Set(sessions.map((row) => row.token_hash)),
    };
  } finally {
    db.close();
  }
}
