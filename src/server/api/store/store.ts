import type Database from 'better-sqlite3';
import type { CredentialCipher } from '../crypto/credential-cipher';
import type { AuthMode } from '../providers/provider';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type Credentials = Record<string, Json>;

export interface Integration {
  uniqueKey: string;
  provider: string;
  displayName: string | null;
  oauthClientId: string | null;
  oauthClientSecret: string | null;
  oauthScopes: string[];
  /** Hosts a provider URL whose domain the end user types may point at; `null`: none pinned. */
  allowedHosts: string[] | null;
  /** APP and CUSTOM (a GitHub-App-like provider): the app's id, its public install page, and its RS256 private key (PEM, sealed at rest). */
  appId: string | null;
  appLink: string | null;
  appPrivateKey: string | null;
  createdAt: string;
  updatedAt: string;
}
export type IntegrationInput = Omit<Integration, 'createdAt' | 'updatedAt'>;

export interface SessionEndUser {
  id: string;
  email?: string | undefined;
  display_name?: string | undefined;
  tags?: Record<string, string> | undefined;
}
export interface SessionOrganization {
  id: string;
  display_name?: string | undefined;
}
export interface IntegrationConfigDefaults {
  user_scopes?: string | undefined;
  authorization_params?: Record<string, string> | undefined;
  connection_config?: Record<string, Json> | undefined;
}

/** The host's product in the widget's header (a session's `plugboard.branding`). */
export interface SessionBranding {
  name?: string | undefined;
  logo_url?: string | undefined;
  powered_by?: boolean | undefined;
}

export interface ConnectSessionInput {
  endUser: SessionEndUser | null;
  organization: SessionOrganization | null;
  allowedIntegrations: string[] | null;
  integrationsConfigDefaults: Record<string, IntegrationConfigDefaults> | null;
  overrides: Record<string, { docs_connect?: string | undefined }> | null;
  webhookUrlOverride: string | null;
  tags: Record<string, string>;
  /** Internal id of the connection a reconnect session overrides. */
  reconnectConnectionId: number | null;
  /** Optional: sessions stored before branding existed have none. */
  branding?: SessionBranding | null;
  expiresAt: string;
}
export interface ConnectSession extends ConnectSessionInput {
  id: number;
  createdAt: string;
}

export interface Connection {
  id: number;
  connectionId: string;
  providerConfigKey: string;
  provider: string;
  authMode: AuthMode;
  credentials: Credentials;
  connectionConfig: Record<string, Json>;
  tags: Record<string, string>;
  endUserRowId: number | null;
  webhookUrlOverride: string | null;
  isPending: boolean;
  createdAt: string;
  updatedAt: string;
}
export type ConnectionInput = Omit<Connection, 'id' | 'endUserRowId' | 'createdAt' | 'updatedAt'>;

export interface EndUser {
  id: number;
  endUserId: string;
  email: string | null;
  displayName: string | null;
  tags: Record<string, string>;
  organizationId: string | null;
  organizationDisplayName: string | null;
}
export type EndUserInput = Omit<EndUser, 'id'>;

export type AuthOperation = 'creation' | 'override' | 'refresh';

export interface SavedConnection {
  connection: Connection;
  endUser: EndUser | null;
  operation: AuthOperation;
}

export interface ConnectionPatch {
  tags?: Record<string, string> | undefined;
  webhookUrlOverride?: string | null | undefined;
  endUser?: EndUserInput | undefined;
}

/** A failed token refresh, kept until a refresh or a reconnect succeeds (the connection's `errors`). */
export interface ConnectionAuthError {
  logId: string;
  description: string;
  failedAt: string;
}

export interface OAuthSession {
  state: string;
  providerConfigKey: string;
  /** A snapshot: the flow may finish after the connect session itself has expired. */
  connectSession: ConnectSession;
  codeVerifier: string;
  redirectUri: string;
  wsClientId: string | null;
  connectionConfig: Record<string, Json>;
  /** OAuth 1.0a: the request token and its secret (sealed, base64), until the callback trades them. */
  oauth1?: { token: string; tokenSecretSealed: string } | undefined;
  /** The end user's own OAuth app for this flow; its secret sealed (base64). */
  clientOverride?: { clientId: string; clientSecretSealed: string } | undefined;
  /**
   * CUSTOM: a connection left pending until an owner approves the app's install. The owner's
   * browser returns to `/app-auth/connect` with this state and no cookie: the installation id is
   * checked against the app before the connection is completed.
   */
  pendingInstall?: { connectionRowId: number } | undefined;
  expiresAt: string;
}

export interface WebhookSettings {
  primaryUrl: string | null;
  secondaryUrl: string | null;
  sendCreationWebhooks: boolean;
  sendRefreshErrorWebhooks: boolean;
}

export interface ConnectUiSettings {
  theme: { light: { primary: string }; dark: { primary: string } };
  defaultTheme: 'light' | 'dark' | 'system';
  showWatermark: boolean;
}

export interface WebhookDelivery {
  id: number;
  url: string;
  body: string;
  status: number | null;
  attempts: number;
  lastError: string | null;
  deliveredAt: string | null;
}

/** Everything the server persists. One sqlite implementation lives in `sqlite-store.ts`. */
export interface Store {
  getSetting(name: string): string | undefined;
  setSetting(name: string, value: string): void;
  /** A setting kept encrypted (keys): only its sealed form reaches the disk. */
  getSealedSetting(name: string): string | undefined;
  setSealedSetting(name: string, value: string): void;

  upsertIntegration(input: IntegrationInput, now: string): void;
  listIntegrations(): Integration[];
  getIntegration(uniqueKey: string): Integration | undefined;

  insertConnectSession(tokenHash: string, input: ConnectSessionInput, now: string): ConnectSession;
  /** Only sessions that have not expired at `now` are found. */
  findConnectSession(tokenHash: string, now: string): ConnectSession | undefined;
  deleteConnectSession(id: number): void;

  getConnection(providerConfigKey: string, connectionId: string): Connection | undefined;
  getConnectionById(id: number): Connection | undefined;
  countConnections(): number;
  getEndUser(rowId: number): EndUser | undefined;
  /** Inserts or overrides and syncs the end user, in one transaction; clears the auth error. */
  saveConnection(input: ConnectionInput, endUser: EndUserInput | null, now: string): SavedConnection;
  /** `PATCH /connections/:id`: only the given parts change; an end user is updated, or created and linked. */
  patchConnection(connection: Connection, change: ConnectionPatch, now: string): void;
  /** Replaces the credentials only (a token refresh) and clears the auth error. */
  updateCredentials(connection: Connection, credentials: Credentials, now: string): Connection;
  getAuthError(connectionRowId: number): ConnectionAuthError | undefined;
  setAuthError(connectionRowId: number, error: ConnectionAuthError): void;
  /** `null` when never set. */
  getMetadata(connectionRowId: number): Record<string, Json> | null;
  setMetadata(connectionRowId: number, metadata: Record<string, Json>): void;

  insertOAuthSession(session: OAuthSession): void;
  /** The unexpired session of this state, left in place. */
  findOAuthSession(state: string, now: string): OAuthSession | undefined;
  /** Returns the session and deletes it: a state is usable once. */
  takeOAuthSession(state: string, now: string): OAuthSession | undefined;

  insertWebhookDelivery(url: string, body: string, now: string): number;
  updateWebhookDelivery(id: number, update: { status: number | null; attempts: number; lastError: string | null; deliveredAt: string | null }): void;
  listWebhookDeliveries(): WebhookDelivery[];

  /** The sqlite handle, for the admin API's own queries (`src/server/api/admin/store`). */
  readonly database: Database.Database;
  /** The cipher the store seals with, for the admin API's sealed columns. */
  readonly cipher: CredentialCipher;

  close(): void;
}
