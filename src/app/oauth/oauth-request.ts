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
}
