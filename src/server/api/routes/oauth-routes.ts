import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { resolveSession } from '../auth/resolve-session';
import { buildConnectionConfig, urlValuesFor } from '../connections/connection-config';
import { hasMode, resolveIntegration } from '../connections/resolve-integration';
import type { ApiDeps } from '../deps';
import { rateLimit } from '../http/rate-limit';
import { parseQueryString } from '../http/query-string';
import { issuesToDetails } from '../http/validators';
import { apiError } from '../http/api-error';
import { buildAuthorizationUrl } from '../oauth/authorization-url';
import { providerUrl } from '../oauth/provider-url';
import { finishOAuthCallback } from '../oauth/finish-callback';
import { renderOAuthFailure } from '../oauth/oauth-failure';
import { createPkcePair } from '../oauth/pkce';
import { appInstallUrl, popupModes, requestOauth1Token } from '../oauth/custom-auth-flows';
import { sealedContext } from '../store/rows';
import type { OAuthSession } from '../store/store';
import { sessionAuth } from '../auth/middleware';
import type { ApiEnv } from '../deps';
import { jsonBody } from '../http/validators';
import {
  assertNoSecretInQuery, assertOverrideAllowed, clientOverrideBodySchema, createClientOverrides, type ClientOverride, type ClientOverrides,
} from '../oauth/client-overrides';
import type { ConnectSession } from '../store/store';
import { authQuerySchema, type AuthQuery } from './auth-query-schema';

const oauthSessionTtlMs = 60 * 60 * 1000;
const callbackScript = readFileSync(new URL('../assets/callback.js', import.meta.url), 'utf8');
const callbackStyle = readFileSync(new URL('../assets/callback.css', import.meta.url), 'utf8');

export const stateCookieName = (state: string) => `oauth2-${state}`;

/** `/oauth/*`: the popup flow and its callback page. */
export function oauthRoutes(deps: ApiDeps) {
  const app = new Hono<ApiEnv>();
  const overrides = createClientOverrides(() => deps.now().getTime());

  app.get('/callback.js', (c) => c.body(callbackScript, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=300' }));
  app.get('/callback.css', (c) => c.body(callbackStyle, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=300' }));

  app.get('/connect/:providerConfigKey', rateLimit(deps, 'oauth'), async (c) => {
    const providerConfigKey = c.req.param('providerConfigKey');
    const search = new URL(c.req.url).searchParams;
    const wsClientId = search.getAll('ws_client_id').length === 1 ? (search.get('ws_client_id') ?? undefined) : undefined;
    try {
      const rawQuery = parseQueryString(search.toString());
      const location = await startAuthorization(deps, overrides, providerConfigKey, rawQuery, (state) => {
        const secure = deps.publicUrl.startsWith('https:');
        setCookie(c, stateCookieName(state), '1', { path: '/', httpOnly: true, sameSite: 'Lax', secure, maxAge: oauthSessionTtlMs / 1000 });
      });
      return c.redirect(location, 302);
    } catch (err) {
      return renderOAuthFailure(deps, c, err, { wsClientId, providerConfigKey }, '../');
    }
  });

  // The end user's own OAuth app, before the popup goes to `/connect/:key` (see `client-overrides.ts`).
  app.post('/connect/:providerConfigKey/credentials', rateLimit(deps, 'oauth'), sessionAuth(deps), jsonBody(clientOverrideBodySchema), (c) => {
    const session = c.get('session');
    const providerConfigKey = c.req.param('providerConfigKey');
    resolveIntegration(deps, session, providerConfigKey, hasMode('OAUTH2'));
    assertOverrideAllowed(session, providerConfigKey);
    overrides.put(session, providerConfigKey, c.req.valid('json'));
    c.header('Cache-Control', 'no-store');
    return c.body(null, 204);
  });

  app.get('/callback', (c) => finishCallback(deps, c, './'));

  return app;
}

/**
 * `/app-auth/*`: where an app install returns (the app's setup URL), with `installation_id`,
 * `setup_action` and our `state`; it finishes like the OAuth callback.
 */
export function appAuthRoutes(deps: ApiDeps) {
  const app = new Hono();
  app.get('/connect', (c) => finishCallback(deps, c, '../oauth/'));
  return app;
}

function finishCallback(deps: ApiDeps, c: Context, assetBase: string): Promise<Response> {
  const query = new URL(c.req.url).searchParams;
  const state = query.get('state') ?? '';
  const hasStateCookie = state !== '' && getCookie(c, stateCookieName(state)) !== undefined;
  if (state !== '') deleteCookie(c, stateCookieName(state), { path: '/' });
  return finishOAuthCallback(deps, c, { query, hasStateCookie, assetBase });
}

/** Validates the request, stores the OAuth session (state + PKCE) and returns the provider URL. */
async function startAuthorization(
  deps: ApiDeps,
  overrides: ClientOverrides,
  providerConfigKey: string,
  rawQuery: ReturnType<typeof parseQueryString>,
  rememberState: (state: string) => void,
): Promise<string> {
  const session = resolveSession(deps, typeof rawQuery['connect_session_token'] === 'string' ? rawQuery['connect_session_token'] : undefined);
  const parsed = authQuerySchema.safeParse(rawQuery);
  if (!parsed.success) {
    const details = issuesToDetails(parsed.error.issues);
    throw apiError(400, 'invalid_query_params', details.map((d) => `${d.path.join('.')}: ${d.message}`).join('; '), details);
  }
  const resolved = resolveIntegration(deps, session, providerConfigKey, hasMode(...popupModes));
  const connectionConfig = buildConnectionConfig(resolved.provider, parsed.data.params, session, providerConfigKey);
  const urlValues = urlValuesFor(resolved.integration, session, connectionConfig);
  const state = randomUUID();
  const pkce = createPkcePair();
  const redirectUri = `${deps.publicUrl}/oauth/callback`;
  const mode = resolved.provider.auth_mode;
  let location: string;
  let oauth1: OAuthSession['oauth1'];
  let clientOverride: OAuthSession['clientOverride'];
  if (mode === 'APP' || mode === 'CUSTOM') {
    location = appInstallUrl(resolved.integration, state);
  } else if (mode === 'OAUTH1') {
    const request = await requestOauth1Token(deps, resolved.provider, resolved.integration, `${redirectUri}?state=${encodeURIComponent(state)}`);
    location = request.authorizeUrl;
    oauth1 = { token: request.token, tokenSecretSealed: deps.store.cipher.encrypt(request.tokenSecret, sealedContext.oauthSessionSecret(state, 'oauth1_token_secret')).toString('base64') };
  } else {
    // The token URL is checked now too: the callback must never send the client secret elsewhere.
    providerUrl(resolved.provider, 'token_url', urlValues);
    const own = ownOAuthApp(overrides, session, providerConfigKey, parsed.data);
    if (own) {
      connectionConfig['oauth_client_id_override'] = own.clientId;
      clientOverride = { clientId: own.clientId, clientSecretSealed: deps.store.cipher.encrypt(own.clientSecret, sealedContext.oauthSessionSecret(state, 'oauth_client_secret_override')).toString('base64') };
    }
    location = buildAuthorizationUrl({
      ...resolved,
      clientId: own?.clientId,
      session,
      urlValues,
      queryAuthorizationParams: parsed.data.authorization_params,
      redirectUri,
      state,
      codeChallenge: pkce.challenge,
    });
  }
  deps.store.insertOAuthSession({
    ...(oauth1 ? { oauth1 } : {}),
    ...(clientOverride ? { clientOverride } : {}),
    state,
    providerConfigKey,
    connectSession: session,
    codeVerifier: pkce.verifier,
    redirectUri,
    wsClientId: parsed.data.ws_client_id ?? null,
    connectionConfig,
    expiresAt: new Date(deps.now().getTime() + oauthSessionTtlMs).toISOString(),
  });
  rememberState(state);
  return location;
}

/**
 * The end user's own OAuth app for this flow, when the session allows one: registered beforehand
 * under the popup's WebSocket client id. The client id may also come in the query (as with Nango),
 * and must then match; a secret in the query is refused.
 */
function ownOAuthApp(overrides: ClientOverrides, session: ConnectSession, providerConfigKey: string, query: AuthQuery): ClientOverride | undefined {
  assertNoSecretInQuery(query.credentials);
  const registered = overrides.take(session, query.ws_client_id, providerConfigKey);
  const queryClientId = query.credentials?.['oauth_client_id_override'];
  if (!registered && queryClientId === undefined) return undefined;
  assertOverrideAllowed(session, providerConfigKey);
  if (!registered) {
    throw apiError(400, 'invalid_query_params', 'credentials[oauth_client_id_override] needs its secret: send both in the JSON body of POST /oauth/connect/:providerConfigKey/credentials first');
  }
  if (queryClientId !== undefined && queryClientId !== registered.clientId) {
    throw apiError(400, 'invalid_query_params', 'credentials[oauth_client_id_override] differs from the client id sent with the secret');
  }
  return registered;
}
