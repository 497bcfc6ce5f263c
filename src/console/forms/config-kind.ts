/** What an integration of a given auth mode needs configured in the console (the seed guide's cases). */
export type ConfigKind = 'oauth' | 'oauth-optional' | 'none' | 'unsupported';

const kinds: Record<string, ConfigKind> = {
  OAUTH1: 'oauth',
  OAUTH2: 'oauth',
  // NetSuite-style token auth: client credentials exist but are not required (A3.2 rule 3).
  TBA: 'oauth-optional',
  // A GitHub App's private key: the reference server cannot use one (see the admin README).
  APP: 'unsupported',
  CUSTOM: 'unsupported',
};

/** API key, Basic and every other mode where each user brings their own credentials: nothing. */
export function configKindFor(authMode: string): ConfigKind {
  return kinds[authMode] ?? 'none';
}

/**
 * Whether users authorise in a popup at the provider, so the integration needs an OAuth app with
 * this server's callback URL registered (and scopes). TBA's optional client credentials need neither.
 */
export function usesOAuthRedirect(authMode: string): boolean {
  return authMode === 'OAUTH1' || authMode === 'OAUTH2';
}
