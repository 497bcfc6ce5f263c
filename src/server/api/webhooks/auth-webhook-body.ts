import type { AuthOperation, SavedConnection } from '../store/store';

export interface AuthWebhookOutcome {
  success: boolean;
  error?: { type: string; description: string };
}

/** `NangoAuthWebhookBody` (compat §4.7); undefined members are dropped by the stable stringify. */
export function authWebhookBody(saved: SavedConnection, outcome: AuthWebhookOutcome, environment: string, operation: AuthOperation) {
  const { connection, endUser } = saved;
  return {
    from: 'nango',
    type: 'auth',
    connectionId: connection.connectionId,
    providerConfigKey: connection.providerConfigKey,
    authMode: connection.authMode,
    provider: connection.provider,
    environment,
    operation,
    success: outcome.success,
    tags: connection.tags,
    endUser: endUser
      ? {
          endUserId: endUser.endUserId,
          endUserEmail: endUser.email,
          organizationId: endUser.organizationId ?? undefined,
          tags: endUser.tags,
        }
      : undefined,
    error: outcome.error,
  };
}
