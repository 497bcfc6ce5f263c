import { chmodSync, closeSync, openSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { CredentialCipher } from '../crypto/credential-cipher';
import { migrateSealedValues } from './migrate-sealed';
import {
  fromStoredJson, sealedContext, toConnection, toEndUser, toIntegration,
  type ConnectionRow, type EndUserRow, type IntegrationRow,
} from './rows';
import { schemaSql } from './schema';
import type {
  ConnectSession, ConnectSessionInput, Connection, ConnectionInput, ConnectionPatch, Credentials, EndUser, EndUserInput, Json,
  OAuthSession, SavedConnection, Store, WebhookDelivery,
} from './store';

/**
 * The sqlite store. WAL with synchronous=FULL: a commit is on disk before the statement returns,
 * so anything acknowledged to a client survives kill -9 and power loss.
 */
export function openSqliteStore(path: string, cipher: CredentialCipher): Store {
  // Owner-only from the first byte: sqlite gives its WAL and shared-memory files the database's mode.
  closeSync(openSync(path, 'a', 0o600));
  chmodSync(path, 0o600);
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Overwritten and deleted values are zeroed, so an old secret does not linger in free space.
  db.pragma('secure_delete = ON');
  db.exec(schemaSql);
  addMissingColumns(db);
  migrateSealedValues(db, cipher);

  const connections = connectionQueries(db, cipher);
  const getSetting = (name: string) =>
    db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE name = ?').get(name)?.value;
  const setSetting = (name: string, value: string) => {
    db.prepare('INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value').run(name, value);
  };
  return {
    getSetting,
    setSetting,
    getSealedSetting(name) {
      const sealed = getSetting(name);
      return sealed === undefined ? undefined : cipher.decrypt(Buffer.from(sealed, 'base64'), sealedContext.setting(name));
    },
    setSealedSetting: (name, value) => setSetting(name, cipher.encrypt(value, sealedContext.setting(name)).toString('base64')),
    ...integrationQueries(db, cipher),
    ...sessionQueries(db),
    ...connections,
    ...oauthSessionQueries(db),
    ...webhookDeliveryQueries(db),
    database: db,
    cipher,
    close: () => db.close(),
  };
}

type Db = Database.Database;

/** Columns added after a database may have been created: `CREATE TABLE IF NOT EXISTS` leaves old tables as they were. */
function addMissingColumns(db: Db): void {
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(integrations)').all().map((column) => column.name);
  if (!columns.includes('allowed_hosts')) db.exec('ALTER TABLE integrations ADD COLUMN allowed_hosts TEXT');
  if (!columns.includes('app_id')) db.exec('ALTER TABLE integrations ADD COLUMN app_id TEXT');
  if (!columns.includes('app_link')) db.exec('ALTER TABLE integrations ADD COLUMN app_link TEXT');
  if (!columns.includes('app_private_key_sealed')) db.exec('ALTER TABLE integrations ADD COLUMN app_private_key_sealed BLOB');
}

function integrationQueries(db: Db, cipher: CredentialCipher): Pick<Store, 'upsertIntegration' | 'listIntegrations' | 'getIntegration'> {
  return {
    upsertIntegration(input, now) {
      db.prepare(
        `INSERT INTO integrations (unique_key, provider, display_name, oauth_client_id, oauth_client_secret_sealed, oauth_scopes, allowed_hosts,
           app_id, app_link, app_private_key_sealed, created_at, updated_at)
         VALUES (@key, @provider, @displayName, @clientId, @secret, @scopes, @allowedHosts, @appId, @appLink, @appPrivateKey, @now, @now)
         ON CONFLICT(unique_key) DO UPDATE SET provider = excluded.provider, display_name = excluded.display_name,
           oauth_client_id = excluded.oauth_client_id, oauth_client_secret_sealed = excluded.oauth_client_secret_sealed,
           oauth_scopes = excluded.oauth_scopes, allowed_hosts = excluded.allowed_hosts,
           app_id = excluded.app_id, app_link = excluded.app_link, app_private_key_sealed = excluded.app_private_key_sealed, updated_at = excluded.updated_at`,
      ).run({
        key: input.uniqueKey,
        provider: input.provider,
        displayName: input.displayName,
        clientId: input.oauthClientId,
        secret: input.oauthClientSecret === null ? null : cipher.encrypt(input.oauthClientSecret, sealedContext.integrationSecret(input.uniqueKey)),
        scopes: JSON.stringify(input.oauthScopes),
        allowedHosts: input.allowedHosts === null ? null : JSON.stringify(input.allowedHosts),
        appId: input.appId,
        appLink: input.appLink,
        appPrivateKey: input.appPrivateKey === null ? null : cipher.encrypt(input.appPrivateKey, sealedContext.appPrivateKey(input.uniqueKey)),
        now,
      });
    },
    listIntegrations: () =>
      db.prepare<[], IntegrationRow>('SELECT * FROM integrations ORDER BY provider, created_at, unique_key').all().map((row) => toIntegration(row, cipher)),
    getIntegration(uniqueKey) {
      const row = db.prepare<[string], IntegrationRow>('SELECT * FROM integrations WHERE unique_key = ?').get(uniqueKey);
      return row ? toIntegration(row, cipher) : undefined;
    },
  };
}

interface SessionRow {
  id: number;
  data: string;
  created_at: string;
}

function sessionQueries(db: Db): Pick<Store, 'insertConnectSession' | 'findConnectSession' | 'deleteConnectSession'> {
  const toSession = (row: SessionRow): ConnectSession => ({
    ...fromStoredJson<ConnectSessionInput>(row.data),
    id: row.id,
    createdAt: row.created_at,
  });
  return {
    // Expired sessions are purged here rather than by a timer: one transaction, no background work.
    insertConnectSession: db.transaction((tokenHash: string, input: ConnectSessionInput, now: string): ConnectSession => {
      db.prepare('DELETE FROM connect_sessions WHERE expires_at <= ?').run(now);
      const result = db
        .prepare('INSERT INTO connect_sessions (token_hash, data, created_at, expires_at) VALUES (?, ?, ?, ?)')
        .run(tokenHash, JSON.stringify(input), now, input.expiresAt);
      return { ...input, id: Number(result.lastInsertRowid), createdAt: now };
    }),
    findConnectSession(tokenHash, now) {
      const row = db
        .prepare<[string, string], SessionRow>('SELECT id, data, created_at FROM connect_sessions WHERE token_hash = ? AND expires_at > ?')
        .get(tokenHash, now);
      return row ? toSession(row) : undefined;
    },
    deleteConnectSession(id) {
      db.prepare('DELETE FROM connect_sessions WHERE id = ?').run(id);
    },
  };
}

type ConnectionQueries = Pick<
  Store,
  'getConnection' | 'getConnectionById' | 'countConnections' | 'getEndUser' | 'saveConnection' | 'patchConnection' | 'updateCredentials'
  | 'getAuthError' | 'setAuthError' | 'getMetadata' | 'setMetadata'
>;

function connectionQueries(db: Db, cipher: CredentialCipher): ConnectionQueries {
  const byKey = db.prepare<[string, string], ConnectionRow>('SELECT * FROM connections WHERE provider_config_key = ? AND connection_id = ?');
  const byId = db.prepare<[number], ConnectionRow>('SELECT * FROM connections WHERE id = ?');
  const getConnection = (key: string, connectionId: string): Connection | undefined => {
    const row = byKey.get(key, connectionId);
    return row ? toConnection(row, cipher) : undefined;
  };
  const getConnectionById = (id: number): Connection | undefined => {
    const row = byId.get(id);
    return row ? toConnection(row, cipher) : undefined;
  };
  const clearAuthError = db.prepare('DELETE FROM connection_auth_errors WHERE connection_row_id = ?');
  const updateCredentials = db.transaction((connection: Connection, credentials: Credentials, now: string): Connection => {
    const sealed = cipher.encrypt(JSON.stringify(credentials), sealedContext.credentials(connection.providerConfigKey, connection.connectionId));
    db.prepare('UPDATE connections SET credentials_sealed = ?, updated_at = ? WHERE id = ?').run(sealed, now, connection.id);
    clearAuthError.run(connection.id);
    const updated = getConnectionById(connection.id);
    if (!updated) throw new Error('The connection vanished inside its own transaction');
    return updated;
  });
  const patch = db.transaction((connection: Connection, change: ConnectionPatch, now: string): void => {
    const endUserRowId = change.endUser ? syncEndUser(db, connection.endUserRowId, change.endUser, now).id : connection.endUserRowId;
    db.prepare('UPDATE connections SET tags = ?, webhook_url_override = ?, end_user_row_id = ?, updated_at = ? WHERE id = ?').run(
      JSON.stringify(change.tags ?? connection.tags),
      change.webhookUrlOverride === undefined ? connection.webhookUrlOverride : change.webhookUrlOverride,
      endUserRowId,
      now,
      connection.id,
    );
  });
  const save = db.transaction((input: ConnectionInput, endUser: EndUserInput | null, now: string): SavedConnection => {
    const existing = getConnection(input.providerConfigKey, input.connectionId);
    // A reconnect session without an end user keeps the one the connection already has.
    const endUserRow = endUser ? syncEndUser(db, existing?.endUserRowId ?? null, endUser, now) : readEndUser(db, existing?.endUserRowId ?? null);
    writeConnection(db, connectionValues(input, endUserRow?.id ?? existing?.endUserRowId ?? null, cipher, now), existing?.id ?? null);
    const connection = getConnection(input.providerConfigKey, input.connectionId);
    if (!connection) throw new Error('The connection vanished inside its own transaction');
    clearAuthError.run(connection.id); // fresh credentials from the user: whatever failed before is over
    return { connection, endUser: endUserRow, operation: existing ? 'override' : 'creation' };
  });
  return {
    getConnection,
    getConnectionById,
    countConnections: () => db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM connections').get()?.n ?? 0,
    getEndUser: (rowId) => readEndUser(db, rowId) ?? undefined,
    saveConnection: (input, endUser, now) => save(input, endUser, now),
    updateCredentials: (connection, credentials, now) => updateCredentials(connection, credentials, now),
    patchConnection: (connection, change, now) => patch(connection, change, now),
    getAuthError(rowId) {
      const row = db
        .prepare<[number], { log_id: string; description: string; failed_at: string }>('SELECT * FROM connection_auth_errors WHERE connection_row_id = ?')
        .get(rowId);
      return row ? { logId: row.log_id, description: row.description, failedAt: row.failed_at } : undefined;
    },
    setAuthError(rowId, error) {
      db.prepare(
        `INSERT INTO connection_auth_errors (connection_row_id, log_id, description, failed_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(connection_row_id) DO UPDATE SET log_id = excluded.log_id, description = excluded.description, failed_at = excluded.failed_at`,
      ).run(rowId, error.logId, error.description, error.failedAt);
    },
    getMetadata(rowId) {
      const row = db.prepare<[number], { metadata: string }>('SELECT metadata FROM connection_metadata WHERE connection_row_id = ?').get(rowId);
      return row ? fromStoredJson<Record<string, Json>>(row.metadata) : null;
    },
    setMetadata(rowId, metadata) {
      db.prepare('INSERT INTO connection_metadata (connection_row_id, metadata) VALUES (?, ?) ON CONFLICT(connection_row_id) DO UPDATE SET metadata = excluded.metadata')
        .run(rowId, JSON.stringify(metadata));
    },
  };
}

/** An existing (key, connection id) is overridden in place, keeping its row id. */
function writeConnection(db: Db, values: ReturnType<typeof connectionValues>, existingId: number | null): void {
  if (existingId !== null) {
    db.prepare(
      `UPDATE connections SET provider = @provider, auth_mode = @authMode, credentials_sealed = @credentials,
         connection_config = @config, tags = @tags, end_user_row_id = @endUserRowId,
         webhook_url_override = @webhookUrlOverride, is_pending = @isPending, updated_at = @now WHERE id = @id`,
    ).run({ ...values, id: existingId });
    return;
  }
  db.prepare(
    `INSERT INTO connections (connection_id, provider_config_key, provider, auth_mode, credentials_sealed, connection_config,
       tags, end_user_row_id, webhook_url_override, is_pending, created_at, updated_at)
     VALUES (@connectionId, @key, @provider, @authMode, @credentials, @config, @tags, @endUserRowId, @webhookUrlOverride, @isPending, @now, @now)`,
  ).run(values);
}

function connectionValues(input: ConnectionInput, endUserRowId: number | null, cipher: CredentialCipher, now: string) {
  return {
    connectionId: input.connectionId,
    key: input.providerConfigKey,
    provider: input.provider,
    authMode: input.authMode,
    credentials: cipher.encrypt(JSON.stringify(input.credentials), sealedContext.credentials(input.providerConfigKey, input.connectionId)),
    config: JSON.stringify(input.connectionConfig),
    tags: JSON.stringify(input.tags),
    endUserRowId,
    webhookUrlOverride: input.webhookUrlOverride,
    isPending: input.isPending ? 1 : 0,
    now,
  };
}

/** End users are rows per connection; update the linked row, else create one. */
function syncEndUser(db: Db, linkedRowId: number | null, input: EndUserInput, now: string): EndUser {
  const values = {
    endUserId: input.endUserId,
    email: input.email,
    displayName: input.displayName,
    tags: JSON.stringify(input.tags),
    organizationId: input.organizationId,
    organizationDisplayName: input.organizationDisplayName,
    now,
  };
  let id = linkedRowId;
  if (id === null) {
    const result = db
      .prepare(
        `INSERT INTO end_users (end_user_id, email, display_name, tags, organization_id, organization_display_name, created_at, updated_at)
         VALUES (@endUserId, @email, @displayName, @tags, @organizationId, @organizationDisplayName, @now, @now)`,
      )
      .run(values);
    id = Number(result.lastInsertRowid);
  } else {
    db.prepare(
      `UPDATE end_users SET end_user_id = @endUserId, email = @email, display_name = @displayName, tags = @tags,
         organization_id = @organizationId, organization_display_name = @organizationDisplayName, updated_at = @now WHERE id = @id`,
    ).run({ ...values, id });
  }
  const row = db.prepare<[number], EndUserRow>('SELECT * FROM end_users WHERE id = ?').get(id);
  if (!row) throw new Error('The end user vanished inside its own transaction');
  return toEndUser(row);
}

function readEndUser(db: Db, rowId: number | null): EndUser | null {
  if (rowId === null) return null;
  const row = db.prepare<[number], EndUserRow>('SELECT * FROM end_users WHERE id = ?').get(rowId);
  return row ? toEndUser(row) : null;
}

function oauthSessionQueries(db: Db): Pick<Store, 'insertOAuthSession' | 'findOAuthSession' | 'takeOAuthSession'> {
  return {
    findOAuthSession(state, now) {
      const row = db.prepare<[string, string], { data: string }>('SELECT data FROM oauth_sessions WHERE state = ? AND expires_at > ?').get(state, now);
      return row ? fromStoredJson<OAuthSession>(row.data) : undefined;
    },
    insertOAuthSession(session) {
      db.prepare('INSERT INTO oauth_sessions (state, data, expires_at) VALUES (?, ?, ?)').run(session.state, JSON.stringify(session), session.expiresAt);
    },
    takeOAuthSession: db.transaction((state: string, now: string): OAuthSession | undefined => {
      const row = db.prepare<[string, string], { data: string }>('SELECT data FROM oauth_sessions WHERE state = ? AND expires_at > ?').get(state, now);
      db.prepare('DELETE FROM oauth_sessions WHERE state = ? OR expires_at <= ?').run(state, now);
      return row ? fromStoredJson<OAuthSession>(row.data) : undefined;
    }),
  };
}

interface DeliveryRow {
  id: number;
  url: string;
  body: string;
  status: number | null;
  attempts: number;
  last_error: string | null;
  delivered_at: string | null;
}

function webhookDeliveryQueries(db: Db): Pick<Store, 'insertWebhookDelivery' | 'updateWebhookDelivery' | 'listWebhookDeliveries'> {
  return {
    insertWebhookDelivery(url, body, now) {
      const result = db.prepare('INSERT INTO webhook_deliveries (url, body, created_at) VALUES (?, ?, ?)').run(url, body, now);
      return Number(result.lastInsertRowid);
    },
    updateWebhookDelivery(id, update) {
      db.prepare('UPDATE webhook_deliveries SET status = ?, attempts = ?, last_error = ?, delivered_at = ? WHERE id = ?').run(
        update.status, update.attempts, update.lastError, update.deliveredAt, id,
      );
    },
    listWebhookDeliveries: () =>
      db.prepare<[], DeliveryRow>('SELECT * FROM webhook_deliveries ORDER BY id').all().map((row): WebhookDelivery => ({
        id: row.id, url: row.url, body: row.body, status: row.status, attempts: row.attempts,
        lastError: row.last_error, deliveredAt: row.delivered_at,
      })),
  };
}
