import { apiError } from '../http/api-error';
import type { Provider } from '../providers/provider';
import type { ConnectSession, Integration } from '../store/store';
import { providerUrl, type UrlValues } from './provider-url';

export interface AuthorizationRequest {
  provider: Provider;
  integration: Integration;
  session: ConnectSession;
  urlValues: UrlValues;
  queryAuthorizationParams: Record<string, string> | undefined;
  redirectUri: string;
  state: string;
  codeChallenge: string;
  /** The end user's own OAuth app, instead of the integration's. */
  clientId?: string | undefined;
}

/** RFC 6749 section 4.1.1 plus PKCE, with Nango's precedence of scopes and parameters. */
export function buildAuthorizationUrl(request: AuthorizationRequest): string {
  const { provider, integration, session } = request;
  const clientId = request.clientId ?? integration.oauthClientId;
  if (!clientId) {
    throw apiError(400, 'provider_config_err', `The integration "${integration.uniqueKey}" has no OAuth client ID configured`);
  }
  const url = new URL(providerUrl(provider, 'authorization_url', request.urlValues));
  const defaults = session.integrationsConfigDefaults?.[integration.uniqueKey];
  const params: Record<string, string> = {
    ...provider.authorization_params,
    ...(defaults?.authorization_params ?? request.queryAuthorizationParams),
    response_type: 'code',
    client_id: clientId,
    redirect_uri: request.redirectUri,
    state: request.state,
    code_challenge: request.codeChallenge,
    code_challenge_method: 'S256',
  };
  const scope = scopesFor(provider, integration, session);
  if (scope) params['scope'] = scope;
  for (const [name, value] of Object.entries(params)) {
    // The SDK sends the literal "undefined" to remove a template parameter.
    if (value !== 'undefined') url.searchParams.set(name, value);
  }
  return url.toString();
}

function scopesFor(provider: Provider, integration: Integration, session: ConnectSession): string {
  const override = session.integrationsConfigDefaults?.[integration.uniqueKey]?.connection_config?.['oauth_scopes_override'];
  if (typeof override === 'string' && override !== '') return override;
  const scopes = integration.oauthScopes.length > 0 ? integration.oauthScopes : (provider.default_scopes ?? []);
  return scopes.join(provider.scope_separator ?? ' ');
}
