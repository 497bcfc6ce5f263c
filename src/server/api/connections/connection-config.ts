import type { ConnectSession, Json } from '../store/store';

/**
 * compat §2.6: client `params` (strings only, never `webhook_url`) overlaid with the session's
 * `integrations_config_defaults[key].connection_config`: the session wins.
 */
export function buildConnectionConfig(
  params: Record<string, string> | undefined,
  session: ConnectSession,
  uniqueKey: string,
): Record<string, Json> {
  const fromClient: Record<string, Json> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (name !== 'webhook_url' && typeof value === 'string') fromClient[name] = value;
  }
  const fromSession = session.integrationsConfigDefaults?.[uniqueKey]?.connection_config ?? {};
  return { ...fromClient, ...fromSession };
}
