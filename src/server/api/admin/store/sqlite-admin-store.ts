import type Database from 'better-sqlite3';
import type { CredentialCipher } from '../../crypto/credential-cipher';
import type { AdminStore } from './admin-store';
import { connectionQueries } from './connection-queries';
import { deliveryQueries } from './delivery-queries';
import { integrationQueries } from './integration-queries';

/** The admin queries over the server's own sqlite database (the core store's handle). */
export function createSqliteAdminStore(db: Database.Database, cipher: CredentialCipher): AdminStore {
  const { deleteConnectionsOf, ...connections } = connectionQueries(db);
  return { ...connections, ...integrationQueries(db, cipher, deleteConnectionsOf), ...deliveryQueries(db) };
}
