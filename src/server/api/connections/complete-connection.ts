import { randomUUID } from 'node:crypto';
import type { ApiDeps } from '../deps';
import { apiError } from '../http/api-error';
import type { ConnectSession, Credentials, EndUserInput, Json, SavedConnection } from '../store/store';
import type { ResolvedIntegration } from './resolve-integration';

export interface ConnectionRequest extends ResolvedIntegration {
  session: ConnectSession;
  credentials: Credentials;
  connectionConfig: Record<string, Json>;
  isPending?: boolean;
}

/**
 * compat §4.6 steps 3, 6, 8, 9: pick the connection id (a reconnect keeps the old one), upsert the
 * connection with its end user in one durable transaction, then send the auth webhook. The caller
 * answers the client only after this returns, so an acknowledged connection is on disk.
 */
export function completeConnection(deps: ApiDeps, request: ConnectionRequest): SavedConnection {
  const { session, integration, provider } = request;
  const saved = deps.store.saveConnection(
    {
      connectionId: connectionIdFor(deps, session),
      providerConfigKey: integration.uniqueKey,
      provider: integration.provider,
      authMode: provider.auth_mode,
      credentials: request.credentials,
      connectionConfig: request.connectionConfig,
      tags: session.tags,
      webhookUrlOverride: session.webhookUrlOverride,
      isPending: request.isPending ?? false,
    },
    endUserFrom(session),
    deps.now().toISOString(),
  );
  deps.webhooks.sendAuthWebhook(saved, { success: true });
  return saved;
}

function connectionIdFor(deps: ApiDeps, session: ConnectSession): string {
  if (session.reconnectConnectionId === null) return randomUUID();
  const existing = deps.store.getConnectionById(session.reconnectConnectionId);
  if (!existing) throw apiError(400, 'invalid_connection', 'The connection this session reconnects no longer exists');
  return existing.connectionId;
}

function endUserFrom(session: ConnectSession): EndUserInput | null {
  if (!session.endUser) return null;
  return {
    endUserId: session.endUser.id,
    email: session.endUser.email ?? null,
    displayName: session.endUser.display_name ?? null,
    tags: session.endUser.tags ?? {},
    organizationId: session.organization?.id ?? null,
    organizationDisplayName: session.organization?.display_name ?? null,
  };
}
