// What an OAuth flow asks for, built from the form's values.

/** What the submit table hands to the OAuth flow for one OAuth-family integration. */
export interface OAuthRequest {
  /** The integration's unique key (`providerConfigKey`). */
  providerConfigKey: string;
  /** The provider's key in the catalogue: chooses the window size. */
  provider: string;
  /** Connection config from the form (`params[…]`); strings only, as Nango's server keeps. */
  params: Record<string, string>;
  /** Extra `authorization_params[…]`; the session's defaults replace them server-side. */
  authorizationParams: Record<string, string>;
  /** End-user OAuth app overrides: `oauth_client_id_override`, `…_secret_override`, `…_refresh_token_override`. */
  credentials: Record<string, string>;
  /** Sent as `connection_id` (the headless client's option); an API refuses it with a session token. */
  connectionId?: string;
}

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
