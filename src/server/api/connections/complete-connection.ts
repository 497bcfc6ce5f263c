import { randomUUID } from 'node:crypto';
import type { ApiDeps } from '../deps';
import { apiError, ApiError } from '../http/api-error';
import type { ConnectSession, Connection, Credentials, EndUserInput, Json, SavedConnection } from '../store/store';
import { subjectOf, type AuthWebhookSubject } from '../webhooks/auth-webhook-body';
import { recordSessionConnection } from '../sessions/session-connections';
import type { ResolvedIntegration } from './resolve-integration';

export interface ConnectionRequest extends ResolvedIntegration {
  session: ConnectSession;
  credentials: Credentials;
  connectionConfig: Record<string, Json>;
  isPending?: boolean;
}

/**
 * Pick the connection id (a reconnect keeps the old one), upsert the
 * connection with its end user in one durable transaction, then send the auth webhook. The caller
 * answers the client only after this returns, so an acknowledged connection is on disk.
 */
export function completeConnection(deps: ApiDeps, request: ConnectionRequest): SavedConnection {
  const { session, integration, provider } = request;
  const existing = reconnectedConnection(deps, session);
  if (session.reconnectConnectionId !== null && !existing) {
    throw apiError(400, 'invalid_connection', 'The connection this session reconnects no longer exists');
  }
  const saved = deps.store.saveConnection(
    {
      connectionId: existing?.connectionId ?? randomUUID(),
      providerConfigKey: integration.uniqueKey,
      provider: integration.provider,
      authMode: provider.auth_mode,
      credentials: request.credentials,
      connectionConfig: request.connectionConfig,
      ...keptOnReconnect(session, existing),
      isPending: request.isPending ?? false,
    },
    endUserFrom(session),
    deps.now().toISOString(),
  );
  recordSessionConnection(deps, session, saved.connection.id);
  deps.webhooks.sendAuthWebhook(subjectOf(saved), { success: true });
  return saved;
}

/**
 * A completed attempt that failed (denied, refused by the provider, credentials that do not pass
 * the test) sends `success: false` with the error: a creation with a fresh connection id, or an
 * override of the reconnected connection, with the end user and tags the success would carry.
 */
export function reportAuthFailure(deps: ApiDeps, request: ResolvedIntegration & { session: ConnectSession }, err: unknown): void {
  const { session, integration, provider } = request;
  const existing = reconnectedConnection(deps, session);
  const sessionEndUser = endUserFrom(session);
  const storedEndUser = existing?.endUserRowId != null ? deps.store.getEndUser(existing.endUserRowId) ?? null : null;
  const subject: AuthWebhookSubject = {
    connectionId: existing?.connectionId ?? randomUUID(),
    providerConfigKey: integration.uniqueKey,
    provider: integration.provider,
    authMode: provider.auth_mode,
    ...keptOnReconnect(session, existing),
    endUser: sessionEndUser ?? storedEndUser,
    operation: existing ? 'override' : 'creation',
  };
  const error = err instanceof ApiError
    ? { type: err.code, description: err.message || `The authorization failed (${err.code}).` }
    : { type: 'unknown_err', description: 'An unexpected error occurred during the authorization.' };
  deps.webhooks.sendAuthWebhook(subject, { success: false, error });
}

function reconnectedConnection(deps: ApiDeps, session: ConnectSession): Connection | undefined {
  return session.reconnectConnectionId === null ? undefined : deps.store.getConnectionById(session.reconnectConnectionId);
}

/** A reconnect session created with only the ids keeps the connection's tags and webhook URL. */
function keptOnReconnect(session: ConnectSession, existing: Connection | undefined) {
  const hasSessionTags = Object.keys(session.tags).length > 0;
  return {
    tags: hasSessionTags || !existing ? session.tags : existing.tags,
    webhookUrlOverride: session.webhookUrlOverride ?? existing?.webhookUrlOverride ?? null,
  };
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
