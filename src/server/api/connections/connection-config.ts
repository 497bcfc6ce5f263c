import type { UrlValues } from '../oauth/provider-url';
import type { Provider } from '../providers/provider';
import type { ConnectSession, Integration, Json } from '../store/store';
import { assertConnectionParams } from './connection-params';

/**
 * Client `params` (strings only, never `webhook_url`) overlaid with the session's
 * `integrations_config_defaults[key].connection_config`: the session wins. The client's values are
 * checked against the provider's `connection_config` first (400 naming the field).
 */
export function buildConnectionConfig(
  provider: Provider,
  params: Record<string, string> | undefined,
  session: ConnectSession,
  uniqueKey: string,
): Record<string, Json> {
  const fromClient: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [name, value] of Object.entries(params ?? {})) {
    if (name !== 'webhook_url' && typeof value === 'string') fromClient[name] = value;
  }
  const fromSession = sessionConnectionConfig(session, uniqueKey);
  assertConnectionParams(provider, fromClient, fromSession);
  return { ...fromClient, ...fromSession };
}

function sessionConnectionConfig(session: ConnectSession, uniqueKey: string): Record<string, Json> {
  const defaults = session.integrationsConfigDefaults;
  return (defaults && Object.hasOwn(defaults, uniqueKey) ? defaults[uniqueKey]?.connection_config : undefined) ?? {};
}

/** What a templated provider URL may be filled with: the session's values are the customer's, the rest the end user's. */
export function urlValuesFor(integration: Integration, session: ConnectSession, connectionConfig: Record<string, Json>): UrlValues {
  return {
    connectionConfig,
    trustedNames: new Set(Object.keys(sessionConnectionConfig(session, integration.uniqueKey))),
    allowedHosts: integration.allowedHosts,
    integrationKey: integration.uniqueKey,
  };
}
