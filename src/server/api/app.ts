import { Hono, type Context } from 'hono';
import { consoleRoutes } from '../console/console-routes';
import { adminRoutes } from './admin/admin-routes';
import type { ApiDeps } from './deps';
import { apiError, ApiError } from './http/api-error';
import { resolveSession } from './auth/resolve-session';
import { apiCors, limitBodySize, requestLog, securityHeaders } from './http/common-middleware';
import { handleApiError } from './http/handle-error';
import { connectRoutes } from './routes/connect-routes';
import { directAuthRoutes } from './routes/direct-auth-routes';
import { integrationRoutes } from './routes/integration-routes';
import { appAuthRoutes, oauthRoutes } from './routes/oauth-routes';
import { createRedirectResults, type FlowOwner, type RedirectResults } from './oauth/redirect-results';
import { clientAddress } from './http/rate-limit';
import { oauthRedirectRoutes, returnTrip } from './routes/oauth-redirect-routes';
import { logoRoutes, providerRoutes } from './routes/provider-routes';
import { createTestProviderApp } from './test-provider/test-provider-app';
import type { TestApp } from './test-provider/custom-auth-provider';
import { publicKeyOf } from './oauth/app-jwt';
import type { Integration, Store } from './store/store';

/** What the apps of the two environments share (see `environments.ts`). */
export interface SharedAcrossEnvironments {
  /** Redirect-mode outcomes are fetched by flow id alone, so every environment keeps them in one place. */
  redirects?: RedirectResults;
  /** The test provider's registered apps are the integrations of every environment. */
  testProviderStores?: () => readonly Store[];
}

/** The Connect API as a hono app: one sub-app per resource. Testable with `app.request()`. */
export function createApiApp(deps: ApiDeps, shared: SharedAcrossEnvironments = {}): Hono {
  const app = new Hono();
  const testStores = shared.testProviderStores ?? (() => [deps.store]);
  app.use('*', requestLog(deps.log), securityHeaders, apiCors, limitBodySize);

  app.route('/', adminRoutes(deps));
  app.route('/console', consoleRoutes({ connectUiUrl: deps.connectUiUrl }));
  app.route('/connect', connectRoutes(deps));
  app.route('/integrations', integrationRoutes(deps));
  app.route('/providers', providerRoutes(deps));
  app.route('/images/template-logos', logoRoutes(deps));
  const redirects = shared.redirects ?? createRedirectResults(() => deps.now().getTime());
  app.route('/oauth', oauthRedirectRoutes(redirects, async (request, env) => app.fetch(request, env), {
    returnOrigins: deps.returnOrigins,
    hasValidSession: (token) => hasValidSession(deps, token),
    ownerOf: (c) => flowOwner(deps, c),
  }));
  app.route('/oauth', oauthRoutes({ ...deps, wsHub: redirects.wrapHub(deps.wsHub) }));
  app.get('/app-auth/connect', returnTrip(redirects));
  app.route('/app-auth', appAuthRoutes({ ...deps, wsHub: redirects.wrapHub(deps.wsHub) }));
  app.route('/', directAuthRoutes(deps));
  if (deps.mode === 'development') {
    app.route('/_test-provider', createTestProviderApp({
      findClient: (clientId) => findTestOAuthClient(deps, testStores(), clientId),
      redirectUri: `${deps.publicUrl}/oauth/callback`,
      now: () => deps.now().getTime(),
      accessTokenTtlSeconds: deps.testProvider.accessTokenTtlSeconds,
      customAuth: {
        baseUrl: `${deps.publicUrl}/_test-provider`,
        appSetupUri: `${deps.publicUrl}/app-auth/connect`,
        findApp: (slug) => findTestApp(deps, testStores(), (integration) => integration.appLink === `${deps.publicUrl}/_test-provider/apps/${slug}`),
        findAppById: (appId) => findTestApp(deps, testStores(), (integration) => integration.appId === appId),
        findConsumer: (consumerKey) => {
          const client = findTestOAuthClient(deps, testStores(), consumerKey);
          return client && { consumerSecret: client.clientSecret, appName: client.appName };
        },
      },
    }));
  }

  app.get('/health', (c) => c.json({ status: 'ok' }));
  app.notFound((c) => c.json(apiError(404, 'not_found', `No route for ${c.req.method} ${c.req.path}`).toEnvelope(), 404));
  app.onError(handleApiError(deps.log));
  return app;
}

/** A redirect flow belongs to its connect session when valid, else to the client's address. */
function flowOwner(deps: ApiDeps, c: Context): FlowOwner {
  try {
    return { kind: 'session', key: String(resolveSession(deps, c.req.query('connect_session_token')).id) };
  } catch {
    return { kind: 'anonymous', key: clientAddress(c, deps.rateLimit.trustedProxies) };
  }
}

/** The test provider's registered apps are the integrations that point at it. */
function findTestOAuthClient(deps: ApiDeps, stores: readonly Store[], clientId: string) {
  const integration = stores
    .flatMap((store) => store.listIntegrations())
    .find((candidate) => candidate.oauthClientId === clientId && isTestProviderUrl(deps, deps.catalogue.get(candidate.provider)?.token_url));
  if (!integration?.oauthClientSecret) return undefined;
  return { clientSecret: integration.oauthClientSecret, appName: integration.displayName ?? 'Plugboard Demo App' };
}

/** A catalogue's `token_url` may be an object (Nango's `github-app-oauth`): only a string can point here. */
function isTestProviderUrl(deps: ApiDeps, tokenUrl: unknown): boolean {
  return typeof tokenUrl === 'string' && tokenUrl.startsWith(`${deps.publicUrl}/_test-provider/`);
}

/** The test provider's registered apps: integrations whose app link points at it, with their public key. */
function findTestApp(deps: ApiDeps, stores: readonly Store[], matches: (integration: Integration) => boolean): TestApp | undefined {
  const integration = stores.flatMap((store) => store.listIntegrations()).find((candidate) =>
    candidate.appLink?.startsWith(`${deps.publicUrl}/_test-provider/apps/`) && candidate.appId && candidate.appPrivateKey && matches(candidate));
  if (!integration?.appId || !integration.appPrivateKey) return undefined;
  const mode = deps.catalogue.get(integration.provider)?.auth_mode;
  return {
    appId: integration.appId,
    appName: integration.displayName ?? 'Plugboard Demo App',
    publicKey: publicKeyOf(integration.appPrivateKey),
    oauthClientId: mode === 'CUSTOM' ? integration.oauthClientId : null,
  };
}

function hasValidSession(deps: ApiDeps, token: string | undefined): boolean {
  try {
    resolveSession(deps, token);
    return true;
  } catch (err) {
    if (err instanceof ApiError) return false;
    throw err;
  }
}
