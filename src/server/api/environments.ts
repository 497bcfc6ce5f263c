import { connectSessionTokenPattern, hashToken, secretsMatch } from './crypto/tokens';
import type { Store } from './store/store';

/** The two environments, as in Nango: `dev` (the default) and `prod`. */
export const environmentNames = ['dev', 'prod'] as const;
export type EnvironmentName = (typeof environmentNames)[number];

/** The database file of each environment: `dev` keeps the name every earlier version used, so an old data directory is dev. */
export const databaseFileOf: Record<EnvironmentName, string> = { dev: 'plugboard.sqlite', prod: 'plugboard-prod.sqlite' };

/** Where OAuth, OAuth 1.0a and app-install flows come back, with the `state` the flow started under. */
const flowReturnPaths: ReadonlySet<string> = new Set(['/oauth/callback', '/app-auth/connect']);

/** What the router needs to know of the prod environment to recognise its requests. */
export interface ProdEnvironment {
  secretKey: string;
  store: Store;
}

/**
 * Which environment a request belongs to. Each environment has its own database, so every query
 * of the chosen one is scoped by construction. A request is prod's when it carries prod's secret
 * key (compared in constant time), a connect session prod created, or (on a flow's return) the
 * `state` of an OAuth flow prod started; anything else, including a wrong key, is dev's and is answered (or refused)
 * there, where wrong keys are counted.
 */
export function environmentOfRequest(request: Request, prod: ProdEnvironment, now: string): EnvironmentName {
  const url = new URL(request.url);
  const token = bearerOf(request.headers.get('authorization'));
  if (token !== undefined && secretsMatch(token, prod.secretKey)) return 'prod';
  const sessionTokens = [token, url.searchParams.get('connect_session_token') ?? undefined];
  for (const candidate of sessionTokens) {
    if (candidate !== undefined && connectSessionTokenPattern.test(candidate) && prod.store.findConnectSession(hashToken(candidate), now)) return 'prod';
  }
  // Only where a flow comes back: a `state` elsewhere (the test provider's own pages) is not ours to route by.
  const state = url.searchParams.get('state');
  if (state && flowReturnPaths.has(url.pathname) && prod.store.findOAuthSession(state, now)) return 'prod';
  return 'dev';
}

/** The token after the last "Bearer ", as the auth middleware reads it. */
function bearerOf(header: string | null): string | undefined {
  if (header === null || !header.includes('Bearer ')) return undefined;
  const token = header.split('Bearer ').pop()?.trim() ?? '';
  return token === '' ? undefined : token;
}
