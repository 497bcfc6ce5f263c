import type { OAuthRequest } from './oauth-request';

export interface OAuthFormValues {
  params: Record<string, string>;
  credentials: Record<string, string>;
}

/**
 * The form's values as an OAuth request. The widget never collects `authorization_params`: the
 * session's defaults supply them server-side. Whether this is a reconnect is the
 * submit flow's business: it adds `isReconnect` to the `connect` event.
 */
export function oauthRequestFrom(providerConfigKey: string, provider: string, values: OAuthFormValues): OAuthRequest {
  return { providerConfigKey, provider, params: values.params, credentials: values.credentials, authorizationParams: {} };
}
