import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createCredentialCipher, loadOrCreateEncryptionKeys } from '../crypto/credential-cipher';
import { openSqliteStore } from './sqlite-store';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('openSqliteStore', () => {
  it('adds allowed_hosts to a database created before the column existed, keeping its integrations', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plugboard-store-'));
    dirs.push(dir);
    const path = join(dir, 'db.sqlite');
    const old = new Database(path);
    old.exec(`CREATE TABLE integrations (unique_key TEXT PRIMARY KEY, provider TEXT NOT NULL, display_name TEXT,
      oauth_client_id TEXT, oauth_client_secret_sealed BLOB, oauth_scopes TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
      INSERT INTO integrations VALUES ('old', 'test-api-key', NULL, NULL, NULL, '[]', 't', 't');`);
    old.close();
    const store = openSqliteStore(path, createCredentialCipher(loadOrCreateEncryptionKeys(dir)));
    try {
      expect(store.getIntegration('old')?.allowedHosts).toBeNull();
      store.upsertIntegration({ ...store.getIntegration('old')!, allowedHosts: ['a.example'] }, 't2');
      expect(store.getIntegration('old')?.allowedHosts).toEqual(['a.example']);
    } finally {
      store.close();
    }
  });
});
