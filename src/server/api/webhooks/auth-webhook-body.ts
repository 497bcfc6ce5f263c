import type { AuthMode } from '../providers/provider';
import type { AuthOperation, EndUser, SavedConnection } from '../store/store';

export interface AuthWebhookOutcome {
  success: boolean;
  error?: { type: string; description: string };
}

/** What an auth webhook is about: a saved connection, or the one an attempt failed to create or renew. */
export interface AuthWebhookSubject {
  connectionId: string;
  providerConfigKey: string;
  provider: string;
  authMode: AuthMode;
  tags: Record<string, string>;
  endUser: Pick<EndUser, 'endUserId' | 'email' | 'organizationId' | 'tags'> | null;
  webhookUrlOverride: string | null;
  operation: AuthOperation;
}

export function subjectOf({ connection, endUser, operation }: SavedConnection): AuthWebhookSubject {
  return {
    connectionId: connection.connectionId,
    providerConfigKey: connection.providerConfigKey,
    provider: connection.provider,
    authMode: connection.authMode,
    tags: connection.tags,
    endUser,
    webhookUrlOverride: connection.webhookUrlOverride,
    operation,
  };
}

/** `NangoAuthWebhookBody`; undefined members are dropped by the stable stringify. */
export function authWebhookBody(subject: AuthWebhookSubject, outcome: AuthWebhookOutcome, environment: string) {
  const { endUser } = subject;
  return {
    from: 'nango',
    type: 'auth',
    connectionId: subject.connectionId,
    providerConfigKey: subject.providerConfigKey,
    authMode: subject.authMode,
    provider: subject.provider,
    environment,
    operation: subject.operation,
    success: outcome.success,
    tags: subject.tags,
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
