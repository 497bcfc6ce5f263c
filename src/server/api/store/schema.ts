/** The database schema. Idempotent: run on every start. */
export const schemaSql = `
CREATE TABLE IF NOT EXISTS settings (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS integrations (
  unique_key TEXT PRIMARY KEY,
  provider TEXT NOT NULL,
  display_name TEXT,
  oauth_client_id TEXT,
  oauth_client_secret_sealed BLOB,
  oauth_scopes TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  allowed_hosts TEXT,
  app_id TEXT,
  app_link TEXT,
  app_private_key_sealed BLOB
);
CREATE TABLE IF NOT EXISTS integration_extras (
  unique_key TEXT PRIMARY KEY,
  forward_webhooks INTEGER NOT NULL,
  webhook_secret_sealed BLOB,
  custom TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS connect_sessions (
  id INTEGER PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  data TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS connect_sessions_expires_at ON connect_sessions (expires_at);
CREATE TABLE IF NOT EXISTS end_users (
  id INTEGER PRIMARY KEY,
  end_user_id TEXT NOT NULL,
  email TEXT,
  display_name TEXT,
  tags TEXT NOT NULL,
  organization_id TEXT,
  organization_display_name TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS connections (
  id INTEGER PRIMARY KEY,
  connection_id TEXT NOT NULL,
  provider_config_key TEXT NOT NULL,
  provider TEXT NOT NULL,
  auth_mode TEXT NOT NULL,
  credentials_sealed BLOB NOT NULL,
  connection_config TEXT NOT NULL,
  tags TEXT NOT NULL,
  end_user_row_id INTEGER REFERENCES end_users(id),
  webhook_url_override TEXT,
  is_pending INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (provider_config_key, connection_id)
);
CREATE TABLE IF NOT EXISTS connection_auth_errors (
  connection_row_id INTEGER PRIMARY KEY REFERENCES connections(id) ON DELETE CASCADE,
  log_id TEXT NOT NULL,
  description TEXT NOT NULL,
  failed_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS connection_metadata (
  connection_row_id INTEGER PRIMARY KEY REFERENCES connections(id) ON DELETE CASCADE,
  metadata TEXT NOT NULL
);
-- The connections each connect session made, so the widget that handed its session to another
-- device learns of them (GET /connect/session). Gone with the session or the connection.
CREATE TABLE IF NOT EXISTS session_connections (
  session_id INTEGER NOT NULL REFERENCES connect_sessions(id) ON DELETE CASCADE,
  connection_row_id INTEGER NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  PRIMARY KEY (session_id, connection_row_id)
);
CREATE TABLE IF NOT EXISTS oauth_sessions (
  state TEXT PRIMARY KEY,
  data TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS webhook_deliveries (
  id INTEGER PRIMARY KEY,
  url TEXT NOT NULL,
  body TEXT NOT NULL,
  status INTEGER,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  created_at TEXT NOT NULL,
  delivered_at TEXT
);
`;
