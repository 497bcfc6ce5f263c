import type { Session as WireSession } from '../../../contract/connect';
import type { Sent } from '../../../contract/zod';
import type { ApiDeps } from '../deps';
import { readConnectUiSettings } from '../store/environment-settings';
import type { ConnectSession, IntegrationConfigDefaults } from '../store/store';

/** The `ConnectSessionOutput`: optional members only when set. */
export function sessionOutput(deps: ApiDeps, session: ConnectSession) {
  return {
    endUser: session.endUser
      ? {
          id: session.endUser.id,
          display_name: session.endUser.display_name ?? null,
          email: session.endUser.email ?? null,
          tags: session.endUser.tags ?? null,
          organization: session.organization
            ? { id: session.organization.id, display_name: session.organization.display_name ?? null }
            : null,
        }
      : null,
    connectUISettings: readConnectUiSettings(deps.store),
    ...(session.allowedIntegrations ? { allowed_integrations: session.allowedIntegrations } : {}),
    ...(session.integrationsConfigDefaults ? { integrations_config_defaults: withoutUserScopes(session.integrationsConfigDefaults) } : {}),
    ...(session.reconnectConnectionId !== null ? { isReconnecting: true } : {}),
    ...(session.overrides ? { overrides: session.overrides } : {}),
    websocketsPath: deps.websocketsPath,
  } satisfies Sent<WireSession>;
}

function withoutUserScopes(defaults: Record<string, IntegrationConfigDefaults>): Record<string, IntegrationConfigDefaults> {
  return Object.fromEntries(Object.entries(defaults).map(([key, { user_scopes: _dropped, ...rest }]) => [key, rest]));
}
