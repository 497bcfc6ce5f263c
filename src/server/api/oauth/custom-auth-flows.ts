import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { apiError } from '../http/api-error';
import { jsonObjectSchema } from '../http/json-value';
import { parseFormBody, parseForeignJson } from '../http/safe-keys';
import type { Provider } from '../providers/provider';
import type { Credentials, Integration, Json, OAuthSession } from '../store/store';
import { signAppJwt } from './app-jwt';
import { oauth1AuthorizationHeader } from './oauth1-signature';
import { providerUrl, type UrlValues } from './provider-url';

/**
 * The authorizations besides OAuth2 that run in the popup: app installs (APP, CUSTOM) and
 * OAuth 1.0a. Each starts at `GET /oauth/connect/:key` like OAuth2; what differs is the first
 * URL and how the return trip is turned into credentials.
 */

/** The modes whose authorization runs in the popup from `GET /oauth/connect/:key`. */
export const popupModes = ['OAUTH2', 'OAUTH1', 'APP', 'CUSTOM'] as const;

/**
 * The token URL template of one half of an app flow. Nango's `github-app-oauth` gives `token_url`
 * as `{ OAUTH2, APP }`; a provider with a string `token_url` uses it for its own mode, and the
 * built-in CUSTOM provider names its installation token URL `app_token_url`.
 */
export function tokenUrlTemplate(provider: Provider, kind: 'OAUTH2' | 'APP'): string | undefined {
  const appTokenUrl = provider['app_token_url'];
  if (kind === 'APP' && typeof appTokenUrl === 'string') return appTokenUrl;
  const tokenUrl: unknown = provider.token_url;
  if (typeof tokenUrl === 'string') return kind === 'OAUTH2' || provider.auth_mode === 'APP' ? tokenUrl : undefined;
  if (typeof tokenUrl !== 'object' || tokenUrl === null) return undefined;
  const chosen: unknown = Object.hasOwn(tokenUrl, kind) ? (tokenUrl as Record<string, unknown>)[kind] : undefined;
  return typeof chosen === 'string' ? chosen : undefined;
}

/** `providerUrl` for one half of an app flow; a provider without that URL is a configuration error. */
export function appFlowUrl(provider: Provider, kind: 'OAUTH2' | 'APP', values: UrlValues): string {
  const template = tokenUrlTemplate(provider, kind);
  if (!template) throw apiError(400, 'provider_config_err', `The provider has no ${kind === 'APP' ? 'installation' : 'OAuth'} token URL`);
  return providerUrl({ ...provider, token_url: template }, 'token_url', values);
}

/** The app's install page (`<app public link>/installations/new`), carrying our `state` back. */
export function appInstallUrl(integration: Integration, state: string): string {
  if (!integration.appId || !integration.appLink || !integration.appPrivateKey) {
    throw apiError(400, 'provider_config_err', `The integration "${integration.uniqueKey}" needs an app id, an app public link and a private key`);
  }
  // The admin API stores any non-empty link (as Nango): only a web address is ever opened.
  const url = URL.canParse(integration.appLink) ? new URL(`${integration.appLink.replace(/\/+$/, '')}/installations/new`) : null;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.username !== '' || url.password !== '') {
    throw apiError(400, 'provider_config_err', `The app public link of "${integration.uniqueKey}" is not an http(s) address`);
  }
  url.searchParams.set('state', state);
  return url.toString();
}

const installationIdPattern = /^[0-9]{1,20}$/;
const installationTokenSchema = z.looseObject({ token: z.string().min(1), expires_at: z.string().optional() });

/** Exchanges an installation id for an installation token, authenticated by an RS256 JWT signed with the app's key. */
export async function installationToken(
  deps: ApiDeps, integration: Integration, tokenUrlOf: (values: UrlValues) => string, urlValues: UrlValues, installationId: string,
): Promise<{ token: string; expiresAt: string | undefined; raw: Record<string, Json> }> {
  if (!installationIdPattern.test(installationId)) throw apiError(400, 'callback_err', 'The provider returned an invalid installation_id.');
  if (!integration.appId || !integration.appPrivateKey) throw apiError(400, 'provider_config_err', `The integration "${integration.uniqueKey}" has no app id or private key`);
  const url = tokenUrlOf({ ...urlValues, connectionConfig: { ...urlValues.connectionConfig, installation_id: installationId } });
  const jwt = signAppJwt(integration.appId, integration.appPrivateKey, deps.now());
  const answer = await post(deps, url, { authorization: `Bearer ${jwt}`, accept: 'application/vnd.github+json' }, undefined);
  const parsed = installationTokenSchema.safeParse(answer.json);
  if (!answer.ok || !parsed.success) throw apiError(400, 'token_err', `The provider refused the installation token request (HTTP ${answer.status})`);
  return { token: parsed.data.token, expiresAt: parsed.data.expires_at, raw: rawOf(answer.json) };
}

/** APP: the connection holds the installation token; the installation id and app link go in its config. */
export async function finishAppInstall(deps: ApiDeps, flow: AppFlowInput): Promise<{ credentials: Credentials; connectionConfig: Record<string, Json> }> {
  const { integration, provider, urlValues } = flow;
  const installationId = flow.query.get('installation_id') ?? '';
  const token = await installationToken(deps, integration, (values) => appFlowUrl(provider, 'APP', values), urlValues, installationId);
  return {
    credentials: { type: 'APP', access_token: token.token, ...(token.expiresAt ? { expires_at: token.expiresAt } : {}), raw: token.raw },
    connectionConfig: { ...flow.session.connectionConfig, installation_id: installationId, appPublicLink: integration.appLink ?? '' },
  };
}

export interface AppFlowInput {
  integration: Integration;
  provider: Provider;
  urlValues: UrlValues;
  session: OAuthSession;
  query: URLSearchParams;
}

/**
 * CUSTOM: the user's OAuth token, plus the installation token once the app is installed. An install
 * that waits for an owner's approval (`setup_action=request`) ends as a pending connection.
 */
export async function finishCustomInstall(
  deps: ApiDeps, flow: AppFlowInput, userToken: { accessToken: string; raw: Record<string, Json> },
): Promise<{ credentials: Credentials; connectionConfig: Record<string, Json>; isPending: boolean }> {
  const { integration, provider, urlValues, query } = flow;
  const installationId = query.get('installation_id');
  const connectionConfig: Record<string, Json> = { ...flow.session.connectionConfig, appPublicLink: integration.appLink ?? '' };
  if (query.get('setup_action') === 'request' || installationId === null) {
    return { credentials: { type: 'CUSTOM', user_access_token: userToken.accessToken, raw: userToken.raw }, connectionConfig, isPending: true };
  }
  const token = await installationToken(deps, integration, (values) => appFlowUrl(provider, 'APP', values), urlValues, installationId);
  return {
    credentials: {
      type: 'CUSTOM', access_token: token.token, ...(token.expiresAt ? { expires_at: token.expiresAt } : {}),
      user_access_token: userToken.accessToken, raw: token.raw,
    },
    connectionConfig: { ...connectionConfig, installation_id: installationId },
    isPending: false,
  };
}

/** RFC 5849 section 2.1: a signed request for temporary credentials, `oauth_callback` naming our callback. */
export async function requestOauth1Token(
  deps: ApiDeps, provider: Provider, integration: Integration, callback: string,
): Promise<{ token: string; tokenSecret: string; authorizeUrl: string }> {
  if (!integration.oauthClientId || !integration.oauthClientSecret) {
    throw apiError(400, 'provider_config_err', `The integration "${integration.uniqueKey}" has no OAuth consumer key or secret configured`);
  }
  const requestUrl = staticProviderUrl(provider, 'request_url');
  const authorizationUrl = staticProviderUrl(provider, 'authorization_url');
  const answer = await post(deps, requestUrl, {
    authorization: oauth1AuthorizationHeader({
      method: 'POST', url: requestUrl, consumerKey: integration.oauthClientId, consumerSecret: integration.oauthClientSecret,
      oauth: { oauth_callback: callback }, now: deps.now(),
    }),
  }, undefined);
  const token = answer.form['oauth_token'];
  const tokenSecret = answer.form['oauth_token_secret'];
  if (!answer.ok || !token || !tokenSecret) throw apiError(400, 'token_err', `The provider refused the request token (${answer.form['oauth_problem_advice'] ?? `HTTP ${answer.status}`})`);
  const authorize = new URL(authorizationUrl);
  for (const [name, value] of Object.entries(provider.authorization_params ?? {})) authorize.searchParams.set(name, value);
  authorize.searchParams.set('oauth_token', token);
  return { token, tokenSecret, authorizeUrl: authorize.toString() };
}

/** RFC 5849 section 2.3: the verifier and the request token for the token credentials. */
export async function exchangeOauth1Verifier(
  deps: ApiDeps, provider: Provider, integration: Integration, request: { token: string; tokenSecret: string }, query: URLSearchParams,
): Promise<Credentials> {
  const verifier = query.get('oauth_verifier');
  if (!verifier || query.get('oauth_token') !== request.token) throw apiError(400, 'callback_err', 'The provider did not return the request token and verifier.');
  const tokenUrl = staticProviderUrl(provider, 'token_url');
  const answer = await post(deps, tokenUrl, {
    authorization: oauth1AuthorizationHeader({
      method: 'POST', url: tokenUrl, consumerKey: integration.oauthClientId ?? '', consumerSecret: integration.oauthClientSecret ?? '',
      token: request.token, tokenSecret: request.tokenSecret, oauth: { oauth_verifier: verifier }, now: deps.now(),
    }),
  }, undefined);
  const token = answer.form['oauth_token'];
  const tokenSecret = answer.form['oauth_token_secret'];
  if (!answer.ok || !token || !tokenSecret) throw apiError(400, 'token_err', `The provider refused the access token request (${answer.form['oauth_problem_advice'] ?? `HTTP ${answer.status}`})`);
  return { type: 'OAUTH1', oauth_token: token, oauth_token_secret: tokenSecret, raw: { ...answer.form } };
}

/** OAuth 1 URLs are fixed by the provider: no connection parameters in them. */
function staticProviderUrl(provider: Provider, which: 'request_url' | 'authorization_url' | 'token_url'): string {
  const value = provider[which];
  if (typeof value !== 'string' || !/^https?:\/\//.test(value) || value.includes('${')) {
    throw apiError(400, 'provider_config_err', `The provider's ${which.replace('_', ' ')} must be a fixed http(s) URL`);
  }
  return value;
}

async function post(deps: ApiDeps, url: string, headers: Record<string, string>, body: string | undefined) {
  let response: Response;
  try {
    response = await deps.fetch(url, { method: 'POST', headers, ...(body !== undefined ? { body } : {}), signal: AbortSignal.timeout(15_000) });
  } catch (err) {
    throw apiError(400, 'token_err', `The provider could not be reached: ${err instanceof Error ? err.message : String(err)}`);
  }
  const text = await response.text().catch(() => '');
  let json: unknown = null;
  try {
    json = parseForeignJson(text);
  } catch {
    json = null;
  }
  const form = json === null ? parseFormBody(text) : {};
  return { ok: response.ok, status: response.status, json, form };
}

function rawOf(value: unknown): Record<string, Json> {
  const parsed = jsonObjectSchema.safeParse(value);
  return parsed.success ? parsed.data : {};
}
