import type { Connection, Json } from '../../store/store';
import type { AdminEndUser, ConnectionListRow } from '../store/admin-store';
import { stripRefreshTokens } from './strip-refresh-tokens';

/** Connection timestamps use `+00:00` where `toISOString()` writes `Z`. */
export const offsetTimestamp = (iso: string): string => iso.replace(/Z$/, '+00:00');

/** `ApiEndUser`. */
export function publicEndUser(endUser: AdminEndUser | null) {
  if (!endUser) return null;
  return {
    id: endUser.endUserId,
    display_name: endUser.displayName,
    email: endUser.email,
    tags: endUser.tags,
    organization: endUser.organizationId === null ? null : { id: endUser.organizationId, display_name: endUser.organizationDisplayName },
  };
}

/** `errors`: an `auth` entry while the last token refresh failed, `[]` when healthy. */
export function publicErrors(authErrorLogId: string | null) {
  return authErrorLogId === null ? [] : [{ type: 'auth', log_id: authErrorLogId }];
}

/** The list item, key order as Nango emits it: `created`, no `updated_at`, no credentials. */
export function publicConnectionListItem(row: ConnectionListRow) {
  return {
    id: row.id,
    connection_id: row.connectionId,
    provider_config_key: row.providerConfigKey,
    provider: row.provider,
    errors: publicErrors(row.authErrorLogId),
    end_user: publicEndUser(row.endUser),
    tags: row.tags,
    metadata: row.metadata,
    created: offsetTimestamp(row.createdAt),
  };
}

export interface FullConnectionOptions {
  endUser: AdminEndUser | null;
  withRefreshToken: boolean;
  fetchedAt: string;
  authErrorLogId: string | null;
  metadata: Record<string, Json> | null;
  /** Left out of error payloads: `{}` is sent instead. */
  withCredentials?: boolean;
}

/** The bare full object with the stored credentials. */
export function publicConnectionFull(connection: Connection, options: FullConnectionOptions) {
  const { endUser, withRefreshToken, fetchedAt, authErrorLogId, metadata, withCredentials = true } = options;
  const clean = (value: Record<string, Json>): Json => (withRefreshToken ? value : stripRefreshTokens(value));
  return {
    id: connection.id,
    connection_id: connection.connectionId,
    provider_config_key: connection.providerConfigKey,
    provider: connection.provider,
    errors: publicErrors(authErrorLogId),
    end_user: publicEndUser(endUser),
    tags: connection.tags,
    metadata,
    connection_config: clean(connection.connectionConfig),
    webhook_url_override: connection.webhookUrlOverride,
    created_at: offsetTimestamp(connection.createdAt),
    updated_at: offsetTimestamp(connection.updatedAt),
    last_fetched_at: offsetTimestamp(fetchedAt),
    credentials: withCredentials ? clean(connection.credentials) : {},
  };
}
