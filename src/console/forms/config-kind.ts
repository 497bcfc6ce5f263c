/** What an integration of a given auth mode needs configured in the console. */
export type ConfigKind = 'oauth' | 'oauth-optional' | 'app' | 'app-oauth' | 'none';

const kinds: Record<string, ConfigKind> = {
  OAUTH1: 'oauth',
  OAUTH2: 'oauth',
  // NetSuite-style token auth: client credentials exist but are not required.
  TBA: 'oauth-optional',
  // A GitHub-App-like provider: app id, public link and private key; CUSTOM adds the OAuth app.
  APP: 'app',
  CUSTOM: 'app-oauth',
};

/** API key, Basic and every other mode where each user brings their own credentials: nothing. */
export function configKindFor(authMode: string): ConfigKind {
  return kinds[authMode] ?? 'none';
}

/**
 * Whether users authorise in a popup at the provider, so the integration needs an OAuth app with
 * this server's callback URL registered (and scopes): OAuth 1 and 2, and CUSTOM's user sign-in
 * after the app install. TBA's optional client credentials need neither.
 */
export function usesOAuthRedirect(authMode: string): boolean {
  return authMode === 'OAUTH1' || authMode === 'OAUTH2' || authMode === 'CUSTOM';
}
