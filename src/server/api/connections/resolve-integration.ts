import type { ApiDeps } from '../deps';
import { apiError } from '../http/api-error';
import type { AuthMode, Provider } from '../providers/provider';
import type { ConnectSession, Integration } from '../store/store';

export interface ResolvedIntegration {
  integration: Integration;
  provider: Provider;
}

/**
 * The checks every auth route makes before touching credentials: the
 * integration exists, the session may use it, its provider is known and uses this route's mode.
 * Unlike Nango, `integration_not_allowed` and `invalid_auth_mode` carry a message.
 */
export function resolveIntegration(
  deps: ApiDeps,
  session: ConnectSession,
  uniqueKey: string,
  acceptsMode: (provider: Provider) => boolean,
): ResolvedIntegration {
  const integration = deps.store.getIntegration(uniqueKey);
  if (!integration) throw apiError(404, 'unknown_provider_config', `There is no integration with the key "${uniqueKey}"`);
  if (session.allowedIntegrations && !session.allowedIntegrations.includes(uniqueKey)) {
    throw apiError(400, 'integration_not_allowed', `This connect session does not allow the integration "${uniqueKey}"`);
  }
  const provider = deps.catalogue.get(integration.provider);
  if (!provider) throw apiError(404, 'unknown_provider_template', `The provider "${integration.provider}" is not in the catalogue`);
  if (!acceptsMode(provider)) {
    throw apiError(400, 'invalid_auth_mode', `The integration "${uniqueKey}" uses ${describeMode(provider)}, which this route does not handle`);
  }
  return { integration, provider };
}

export function hasMode(...modes: AuthMode[]): (provider: Provider) => boolean {
  return (provider) => modes.includes(provider.auth_mode) && provider.installation !== 'outbound';
}

function describeMode(provider: Provider): string {
  return provider.installation === 'outbound' ? `${provider.auth_mode} (outbound installation)` : provider.auth_mode;
}
