import type { Context } from 'hono';
import { completeConnection, reportAuthFailure } from '../connections/complete-connection';
import { hasMode, resolveIntegration, type ResolvedIntegration } from '../connections/resolve-integration';
import type { ApiDeps } from '../deps';
import { apiError } from '../http/api-error';
import { sealedContext } from '../store/rows';
import type { Credentials, Json, OAuthSession } from '../store/store';
import { appFlowUrl, exchangeOauth1Verifier, finishAppInstall, finishCustomInstall, popupModes } from './custom-auth-flows';
import { urlValuesFor } from '../connections/connection-config';
import { providerUrl } from './provider-url';
import { renderOAuthFailure, renderOutcomePage } from './oauth-failure';
import { oauthCredentials, requestToken } from './token-request';

const providerErrorKeys = ['error', 'error_description', 'error_reason', 'error_uri', 'status_code', 'error_message'];

interface CallbackInput {
  query: URLSearchParams;
  hasStateCookie: boolean;
  /** Where the callback page finds its script and style, relative to the page. */
  assetBase?: string;
}

/** `GET /oauth/callback`: exchange the code, store the connection, tell the widget twice (WS + page). */
export async function finishOAuthCallback(deps: ApiDeps, c: Context, { query, hasStateCookie, assetBase = './' }: CallbackInput): Promise<Response> {
  const state = query.get('state') ?? '';
  const now = deps.now().toISOString();
  // Without the cookie the request is not from the browser that started the flow: it neither uses
  // up the flow nor tells that browser's widget anything, so the real callback can still finish.
  const found = hasStateCookie ? undefined : deps.store.findOAuthSession(state, now);
  if (!hasStateCookie && !found?.pendingInstall) {
    const isKnown = found !== undefined;
    const failure = isKnown
      ? apiError(400, 'state_cookie_err', 'The authorization was finished in another browser than the one that started it.')
      : apiError(400, 'state_err', 'This authorization link is unknown or has expired. Please start again.');
    return renderOAuthFailure(deps, c, failure, { wsClientId: undefined, providerConfigKey: undefined }, assetBase);
  }
  // An owner's visit that does not finish the install leaves the pending connection waiting.
  if (found?.pendingInstall && (query.get('setup_action') !== 'install' || !query.get('installation_id'))) {
    return renderOAuthFailure(deps, c, apiError(400, 'callback_err', 'The installation is not complete yet.'), { wsClientId: undefined, providerConfigKey: undefined }, assetBase);
  }
  const oauthSession = deps.store.takeOAuthSession(state, now);
  const target = {
    wsClientId: oauthSession?.wsClientId ?? undefined,
    providerConfigKey: oauthSession?.providerConfigKey,
  };
  try {
    if (!oauthSession) throw apiError(400, 'state_err', 'This authorization link is unknown or has expired. Please start again.');
    assertNoProviderError(query);
    const saved = oauthSession.pendingInstall ? await finishPendingInstall(deps, oauthSession, query) : await exchangeAndSave(deps, oauthSession, query);
    if (oauthSession.wsClientId) {
      deps.wsHub.publish(oauthSession.wsClientId, {
        message_type: 'success',
        provider_config_key: saved.connection.providerConfigKey,
        connection_id: saved.connection.connectionId,
        is_pending: saved.connection.isPending,
      });
    }
    return renderOutcomePage(c, { ok: true }, assetBase);
  } catch (err) {
    if (oauthSession) reportCallbackFailure(deps, oauthSession, err);
    return renderOAuthFailure(deps, c, err, target, assetBase);
  }
}

/** A flow that reached the callback and failed is a completed attempt: its backend hears of it. */
function reportCallbackFailure(deps: ApiDeps, oauthSession: OAuthSession, err: unknown): void {
  const session = oauthSession.connectSession;
  let resolved;
  try {
    resolved = resolveIntegration(deps, session, oauthSession.providerConfigKey, hasMode(...popupModes));
  } catch {
    return; // the integration is gone or changed: there is no connection to speak of
  }
  reportAuthFailure(deps, { ...resolved, session }, err);
}

/** A provider's error arrives as query parameters on the callback (RFC 6749 section 4.1.2.1). */
function assertNoProviderError(query: URLSearchParams): void {
  const present = providerErrorKeys.filter((key) => query.has(key));
  if (present.length === 0) return;
  const code = query.get('error') ?? 'provider_error';
  const description = query.get('error_description') ?? query.get('error_message') ?? '';
  const message = code === 'access_denied'
    ? `Access was denied at the provider${description ? `: ${description}` : '.'}`
    : `The provider returned an error (${code})${description ? `: ${description}` : ''}`;
  throw apiError(400, 'callback_err', message);
}

async function exchangeAndSave(deps: ApiDeps, oauthSession: OAuthSession, query: URLSearchParams) {
  const session = oauthSession.connectSession;
  const resolved = resolveIntegration(deps, session, oauthSession.providerConfigKey, hasMode(...popupModes));
  const { provider, integration } = resolved;
  const urlValues = urlValuesFor(integration, session, oauthSession.connectionConfig);
  const save = (result: { credentials: Credentials; connectionConfig: Record<string, Json>; isPending?: boolean }) =>
    completeConnection(deps, { ...resolved, session, ...result });
  const flow = { integration, provider, urlValues, session: oauthSession, query };
  switch (provider.auth_mode) {
    case 'APP':
      return save(await finishAppInstall(deps, flow));
    case 'OAUTH1': {
      if (!oauthSession.oauth1) throw apiError(400, 'state_err', 'This authorization link is unknown or has expired. Please start again.');
      const tokenSecret = deps.store.cipher.decrypt(
        Buffer.from(oauthSession.oauth1.tokenSecretSealed, 'base64'), sealedContext.oauthSessionSecret(oauthSession.state, 'oauth1_token_secret'),
      );
      const credentials = await exchangeOauth1Verifier(deps, provider, integration, { token: oauthSession.oauth1.token, tokenSecret }, query);
      return save({ credentials, connectionConfig: oauthSession.connectionConfig });
    }
    case 'CUSTOM': {
      const user = await exchangeCode(deps, oauthSession, resolved, query.get('code'), appFlowUrl(provider, 'OAUTH2', urlValues));
      const saved = save(await finishCustomInstall(deps, flow, { accessToken: user.token.access_token, raw: user.raw }));
      if (saved.connection.isPending) awaitInstall(deps, oauthSession, saved.connection.id);
      return saved;
    }
    default: {
      // Checked again against the integration's current pins before the client secret leaves.
      const result = await exchangeCode(deps, oauthSession, resolved, query.get('code'), providerUrl(provider, 'token_url', urlValues));
      const credentials = oauthCredentials('OAUTH2', result, deps.now());
      // An own app's secret stays with the connection, sealed with its credentials: refreshes need it.
      const own: Credentials = oauthSession.clientOverride ? { oauth_client_secret_override: clientOf(deps, oauthSession, integration).client_secret } : {};
      return save({ credentials: { ...credentials, ...own }, connectionConfig: oauthSession.connectionConfig });
    }
  }
}

/** RFC 6749 section 4.1.3: the code for tokens, with the PKCE verifier. */
async function exchangeCode(deps: ApiDeps, oauthSession: OAuthSession, { provider, integration }: ResolvedIntegration, code: string | null, tokenUrl: string) {
  if (!code) throw apiError(400, 'callback_err', 'The provider did not return an authorization code.');
  const result = await requestToken(deps.fetch, tokenUrl, {
    ...provider.token_params,
    grant_type: 'authorization_code',
    code,
    redirect_uri: oauthSession.redirectUri,
    ...clientOf(deps, oauthSession, integration),
    code_verifier: oauthSession.codeVerifier,
  });
  if (!result.ok) throw apiError(400, 'token_err', result.message);
  return result;
}

/** The integration's OAuth app, or the end user's own one that this flow was started with. */
function clientOf(deps: ApiDeps, oauthSession: OAuthSession, integration: ResolvedIntegration['integration']): { client_id: string; client_secret: string } {
  const own = oauthSession.clientOverride;
  if (!own) return { client_id: integration.oauthClientId ?? '', client_secret: integration.oauthClientSecret ?? '' };
  const secret = deps.store.cipher.decrypt(Buffer.from(own.clientSecretSealed, 'base64'), sealedContext.oauthSessionSecret(oauthSession.state, 'oauth_client_secret_override'));
  return { client_id: own.clientId, client_secret: secret };
}

const pendingInstallTtlMs = 7 * 24 * 60 * 60 * 1000;

/** Keeps the flow's state for the owner's approval: the install then completes this connection. */
function awaitInstall(deps: ApiDeps, oauthSession: OAuthSession, connectionRowId: number): void {
  deps.store.insertOAuthSession({
    state: oauthSession.state,
    providerConfigKey: oauthSession.providerConfigKey,
    // As a reconnect of the pending connection: same id, its end user and tags, an `override` webhook.
    connectSession: { ...oauthSession.connectSession, reconnectConnectionId: connectionRowId },
    codeVerifier: '',
    redirectUri: oauthSession.redirectUri,
    wsClientId: null,
    connectionConfig: oauthSession.connectionConfig,
    pendingInstall: { connectionRowId },
    expiresAt: new Date(deps.now().getTime() + pendingInstallTtlMs).toISOString(),
  });
}

/** The owner approved the install: the pending CUSTOM connection gets its installation token. */
async function finishPendingInstall(deps: ApiDeps, oauthSession: OAuthSession, query: URLSearchParams) {
  const session = oauthSession.connectSession;
  const resolved = resolveIntegration(deps, session, oauthSession.providerConfigKey, hasMode('CUSTOM'));
  const pending = deps.store.getConnectionById(oauthSession.pendingInstall?.connectionRowId ?? -1);
  if (!pending?.isPending) throw apiError(400, 'state_err', 'This installation request is unknown or already complete.');
  const userToken = pending.credentials['user_access_token'];
  const flow = { ...resolved, urlValues: urlValuesFor(resolved.integration, session, pending.connectionConfig), session: oauthSession, query };
  const result = await finishCustomInstall(deps, flow, { accessToken: typeof userToken === 'string' ? userToken : '', raw: {} });
  return completeConnection(deps, { ...resolved, session, ...result, connectionConfig: { ...pending.connectionConfig, ...result.connectionConfig } });
}
