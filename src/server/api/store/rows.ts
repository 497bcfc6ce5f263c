import { isAuthMode, type AuthMode } from '../providers/provider';
import type { CredentialCipher } from '../crypto/credential-cipher';
import type { Connection, EndUser, Integration } from './store';

/** Column shapes as sqlite returns them, and their mapping to the domain types. */
export interface IntegrationRow {
  unique_key: string;
  provider: string;
  display_name: string | null;
  oauth_client_id: string | null;
  oauth_client_secret_sealed: Buffer | null;
  oauth_scopes: string;
  allowed_hosts: string | null;
  app_id: string | null;
  app_link: string | null;
  app_private_key_sealed: Buffer | null;
  created_at: string;
  updated_at: string;
}

export interface ConnectionRow {
  id: number;
  connection_id: string;
  provider_config_key: string;
  provider: string;
  auth_mode: string;
  credentials_sealed: Buffer;
  connection_config: string;
  tags: string;
  end_user_row_id: number | null;
  webhook_url_override: string | null;
  is_pending: number;
  created_at: string;
  updated_at: string;
}

export interface EndUserRow {
  id: number;
  end_user_id: string;
  email: string | null;
  display_name: string | null;
  tags: string;
  organization_id: string | null;
  organization_display_name: string | null;
}

/**
 * Where each sealed value lives, authenticated with it (see `CredentialCipher`): a blob copied into
 * another row or column does not open. JSON arrays keep the parts unambiguous whatever they contain.
 */
export const sealedContext = {
  integrationSecret: (uniqueKey: string) => JSON.stringify(['integrations', uniqueKey, 'oauth_client_secret']),
  appPrivateKey: (uniqueKey: string) => JSON.stringify(['integrations', uniqueKey, 'app_private_key']),
  webhookSecret: (uniqueKey: string) => JSON.stringify(['integration_extras', uniqueKey, 'webhook_secret']),
  credentials: (providerConfigKey: string, connectionId: string) => JSON.stringify(['connections', providerConfigKey, connectionId, 'credentials']),
  setting: (name: string) => JSON.stringify(['settings', name]),
  oauthSessionSecret: (state: string, name: string) => JSON.stringify(['oauth_sessions', state, name]),
};

/** Reads JSON this store wrote itself; the shape was validated before it was stored. */
export function fromStoredJson<T>(text: string): T {
  return JSON.parse(text) as T;
}

export function toIntegration(row: IntegrationRow, cipher: CredentialCipher): Integration {
  return {
    uniqueKey: row.unique_key,
    provider: row.provider,
    displayName: row.display_name,
    oauthClientId: row.oauth_client_id,
    oauthClientSecret: row.oauth_client_secret_sealed ? cipher.decrypt(row.oauth_client_secret_sealed, sealedContext.integrationSecret(row.unique_key)) : null,
    oauthScopes: fromStoredJson<string[]>(row.oauth_scopes),
    allowedHosts: row.allowed_hosts === null ? null : fromStoredJson<string[]>(row.allowed_hosts),
    appId: row.app_id,
    appLink: row.app_link,
    appPrivateKey: row.app_private_key_sealed ? cipher.decrypt(row.app_private_key_sealed, sealedContext.appPrivateKey(row.unique_key)) : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toConnection(row: ConnectionRow, cipher: CredentialCipher): Connection {
  return {
    id: row.id,
    connectionId: row.connection_id,
    providerConfigKey: row.provider_config_key,
    provider: row.provider,
    authMode: storedAuthMode(row.auth_mode),
    credentials: fromStoredJson(cipher.decrypt(row.credentials_sealed, sealedContext.credentials(row.provider_config_key, row.connection_id))),
    connectionConfig: fromStoredJson(row.connection_config),
    tags: fromStoredJson(row.tags),
    endUserRowId: row.end_user_row_id,
    webhookUrlOverride: row.webhook_url_override,
    isPending: row.is_pending === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toEndUser(row: EndUserRow): EndUser {
  return {
    id: row.id,
    endUserId: row.end_user_id,
    email: row.email,
    displayName: row.display_name,
    tags: fromStoredJson(row.tags),
    organizationId: row.organization_id,
    organizationDisplayName: row.organization_display_name,
  };
}

function storedAuthMode(value: string): AuthMode {
  if (!isAuthMode(value)) throw new Error(`Unknown auth mode in the database: ${value}`);
  return value;
}
