import { openSync, readSync, closeSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export interface Persisted {
  connectionIds: Set<string>;
  tokenHashes: Set<string>;
}

const sqliteHeader = 'SQLite format 3\0';

/** The server's database file in its data directory, found by its header rather than by its name. */
export function findDatabase(dataDir: string): string {
  for (const name of readdirSync(dataDir)) {
    const path = join(dataDir, name);
    const header = Buffer.alloc(sqliteHeader.length);
    let fd: number | null = null;
    try {
      fd = openSync(path, 'r');
      readSync(fd, header, 0, header.length, 0);
    } catch {
      continue;
    } finally {
      if (fd !== null) closeSync(fd);
    }
    if (header.toString('latin1') === sqliteHeader) return path;
  }
  throw new Error(`No SQLite database in ${dataDir}`);
}

/** What a restarted server has on disk: read straight from the database, read-only. */
export function readPersisted(dataDir: string, providerConfigKey: string): Persisted {
  const db = new Database(findDatabase(dataDir), { readonly: true, fileMustExist: true });
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
