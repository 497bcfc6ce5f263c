import type { Session as WireSession } from '../../../contract/connect';
import type { Sent } from '../../../contract/zod';
import type { ApiDeps } from '../deps';
import { readConnectUiSettings } from '../store/environment-settings';
import type { ConnectSession, IntegrationConfigDefaults } from '../store/store';
import { listSessionConnections } from './session-connections';

/**
 * The `ConnectSessionOutput`: optional members only when set. Plus `connections`, which Nango's
 * output does not have: what this session connected so far, for a widget that handed the session
 * to another device.
 */
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
    connectUISettings: connectUiSettingsOf(deps, session),
    ...(session.allowedIntegrations ? { allowed_integrations: session.allowedIntegrations } : {}),
    ...(session.integrationsConfigDefaults ? { integrations_config_defaults: withoutUserScopes(session.integrationsConfigDefaults) } : {}),
    ...(session.reconnectConnectionId !== null ? { isReconnecting: true } : {}),
    ...(session.overrides ? { overrides: session.overrides } : {}),
    // Plugboard's own settings, under its own key: a Nango client ignores it.
    ...(session.branding ? { plugboard: { branding: session.branding } } : {}),
    websocketsPath: deps.websocketsPath,
    connections: listSessionConnections(deps, session),
  } satisfies Sent<WireSession>;
}

/**
 * The environment's settings, with the "Secured by" line off when the session's branding says so:
 * the widget (and Nango's) already honours `showWatermark`.
 */
function connectUiSettingsOf(deps: ApiDeps, session: ConnectSession) {
  const settings = readConnectUiSettings(deps.store);
  return session.branding?.powered_by === false ? { ...settings, showWatermark: false } : settings;
}

function withoutUserScopes(defaults: Record<string, IntegrationConfigDefaults>): Record<string, IntegrationConfigDefaults> {
  return Object.fromEntries(Object.entries(defaults).map(([key, { user_scopes: _dropped, ...rest }]) => [key, rest]));
}
