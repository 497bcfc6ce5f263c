import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { connectSessionTokenPrefix, secretsMatch } from '../crypto/tokens';
import type { ApiDeps, ApiEnv } from '../deps';
import { apiError } from '../http/api-error';
import { bearerToken } from './bearer-token';
import { resolveSession } from './resolve-session';

/** Routes reserved to the customer's backend. */
export function secretKeyAuth(deps: ApiDeps) {
  return createMiddleware(async function requireSecretKey(c, next) {
    assertSecretKey(deps, c, bearerToken(c.req.header('authorization'), { isLegacy: true }));
    await next();
  });
}

/** Routes the widget calls with `Authorization: Bearer <connect session token>`. */
export function sessionAuth(deps: ApiDeps) {
  return createMiddleware<ApiEnv>(async function requireSession(c, next) {
    c.set('session', resolveSession(deps, bearerToken(c.req.header('authorization'), { isLegacy: false })));
    await next();
  });
}

/**
 * Routes open to both: a token with the session prefix is never tried as a secret
 * key. With a secret key no session is set, and the route shows everything.
 */
export function sessionOrSecretKeyAuth(deps: ApiDeps) {
  return createMiddleware<{ Variables: { session?: ApiEnv['Variables']['session'] } }>(async function requireEither(c, next) {
    const token = bearerToken(c.req.header('authorization'), { isLegacy: false });
    if (token.startsWith(connectSessionTokenPrefix)) c.set('session', resolveSession(deps, token));
    else assertSecretKey(deps, c, token);
    await next();
  });
}

function assertSecretKey(deps: ApiDeps, c: Context, token: string): void {
  if (token.startsWith(connectSessionTokenPrefix)) {
    throw apiError(401, 'invalid_secret_key_format', 'Authentication failed. This route needs the secret key, not a connect session token.', undefined, true);
  }
  // A client that sent too many wrong keys is refused before its key is even compared.
  deps.secretKeyGuard.assertAllowed(c, deps.rateLimit.trustedProxies);
  if (!secretsMatch(token, deps.secretKey)) {
    deps.secretKeyGuard.recordFailure(c, deps.rateLimit.trustedProxies);
    throw apiError(401, 'unknown_account', 'Authentication failed. The provided secret key does not match any account.', undefined, true);
  }
}

/**
 * Auth routes take the session token from the query string, because the SDK's
 * direct calls and the popup navigation cannot set an Authorization header.
 */
export function querySessionAuth(deps: ApiDeps) {
  return createMiddleware<ApiEnv>(async function requireQuerySession(c, next) {
    const token = new URL(c.req.url).searchParams.get('connect_session_token') ?? undefined;
    c.set('session', resolveSession(deps, token));
    await next();
  });
}
