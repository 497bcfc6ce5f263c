import { randomBytes } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { parseFormBody } from '../http/safe-keys';
import { verifyAppJwt } from '../oauth/app-jwt';
import {
  hmacSha1Signature, parseOauth1Header, signatureBaseString, signatureMatches, type Oauth1Params,
} from '../oauth/oauth1-signature';
import { renderInstallPage, renderInstallRequestsPage, renderOauth1ConsentPage, renderProviderErrorPage } from './authorize-page';
import { expiringMap, type GrantStore } from './grant-store';

/** An app registered at the test provider: an integration whose app link points here. */
export interface TestApp {
  appId: string;
  appName: string;
  publicKey: KeyObject;
  /** CUSTOM apps also authorize the user (OAuth2) during the install. */
  oauthClientId: string | null;
}

export interface CustomAuthOptions {
  /** The test provider's own public base URL (`…/_test-provider`): what OAuth 1 signatures cover. */
  baseUrl: string;
  /** Where an app install returns (`/app-auth/connect`, the app's "setup URL"). */
  appSetupUri: string;
  /** Where OAuth2 authorizations return (`/oauth/callback`). */
  redirectUri: string;
  findApp(slug: string): TestApp | undefined;
  findAppById(appId: string): TestApp | undefined;
  findConsumer(consumerKey: string): { consumerSecret: string; appName: string } | undefined;
  now: () => number;
}

type HtmlPage = (c: Context, html: string, status?: 200 | 400) => Response;

interface PendingInstall { slug: string; app: TestApp; state: string | null }
interface RequestToken { consumerKey: string; secret: string; callback: string; verifier: string | null; appName: string }

const ttl = { request: 10 * 60 * 1000, token: 60 * 60 * 1000, installation: 24 * 60 * 60 * 1000 };
const newId = (prefix: string) => `${prefix}_${randomBytes(24).toString('base64url')}`;

/**
 * App installs (GitHub App pattern, for APP and CUSTOM) and OAuth 1.0a (RFC 5849), offline.
 * Installation tokens are only handed out against an RS256 JWT that the app's public key verifies;
 * OAuth 1 requests are only answered when their HMAC-SHA1 signature is right.
 */
export function mountCustomAuthProvider(app: Hono, options: CustomAuthOptions, grants: GrantStore, htmlPage: HtmlPage): void {
  const now = options.now;
  const pendingInstalls = expiringMap<PendingInstall>(ttl.request, now);
  const installations = expiringMap<{ appId: string }>(ttl.installation, now);
  const requestTokens = expiringMap<RequestToken>(ttl.request, now);
  const seenNonces = expiringMap<true>(ttl.request, now);
  // Installs a member asked for, waiting for an owner (CUSTOM's "Request installation").
  const installRequests = expiringMap<PendingInstall>(ttl.installation, now);
  const requestIdsBySlug = new Map<string, string[]>();

  app.get('/apps/:slug/installations/new', (c) => {
    const slug = c.req.param('slug');
    const found = options.findApp(slug);
    if (!found) return htmlPage(c, renderProviderErrorPage('No app has this public link.'), 400);
    const requestId = newId('inst');
    pendingInstalls.set(requestId, { slug, app: found, state: c.req.query('state') ?? null });
    return htmlPage(c, renderInstallPage({ appName: found.appName, requestId, withUserAuthorization: found.oauthClientId !== null }));
  });

  app.post('/apps/decision', async (c) => {
    const form = parseFormBody(await c.req.text());
    const pending = pendingInstalls.take(form['request_id'] ?? '');
    if (!pending) return htmlPage(c, renderProviderErrorPage('This installation request has expired. Please start again.'), 400);
    const isCustom = pending.app.oauthClientId !== null;
    const target = new URL(isCustom ? options.redirectUri : options.appSetupUri);
    const decision = form['decision'];
    if (decision === 'allow' || (decision === 'request' && isCustom)) {
      if (decision === 'allow') {
        const installationId = String(100_000 + (randomBytes(4).readUInt32BE(0) % 900_000_000));
        installations.set(installationId, { appId: pending.app.appId });
        target.searchParams.set('installation_id', installationId);
      }
      target.searchParams.set('setup_action', decision === 'allow' ? 'install' : 'request');
      if (decision === 'request') {
        const requestId = newId('ireq');
        installRequests.set(requestId, pending);
        requestIdsBySlug.set(pending.slug, [...(requestIdsBySlug.get(pending.slug) ?? []).filter((id) => installRequests.peek(id)), requestId]);
      }
      if (isCustom) {
        const code = grants.issueCode({
          clientId: pending.app.oauthClientId ?? '', redirectUri: options.redirectUri, state: pending.state, scope: '', codeChallenge: null, codeChallengeMethod: null,
        });
        target.searchParams.set('code', code);
      }
    } else {
      target.searchParams.set('error', 'access_denied');
      target.searchParams.set('error_description', 'The user cancelled the installation');
    }
    if (pending.state !== null) target.searchParams.set('state', pending.state);
    return c.redirect(target.toString(), 302);
  });

  app.get('/apps/:slug/requests', (c) => {
    const slug = c.req.param('slug');
    const found = options.findApp(slug);
    if (!found) return htmlPage(c, renderProviderErrorPage('No app has this public link.'), 400);
    const waiting = (requestIdsBySlug.get(slug) ?? []).filter((id) => installRequests.peek(id));
    return htmlPage(c, renderInstallRequestsPage({ appName: found.appName, requests: waiting }));
  });

  // The owner approves: the app is installed and the owner's browser goes to the app's setup URL.
  app.post('/apps/requests/decision', async (c) => {
    const form = parseFormBody(await c.req.text());
    const request = installRequests.take(form['request_id'] ?? '');
    if (!request || form['decision'] !== 'approve') return htmlPage(c, renderProviderErrorPage('This installation request is unknown or was already handled.'), 400);
    const installationId = String(100_000 + (randomBytes(4).readUInt32BE(0) % 900_000_000));
    installations.set(installationId, { appId: request.app.appId });
    const target = new URL(options.appSetupUri);
    target.searchParams.set('installation_id', installationId);
    target.searchParams.set('setup_action', 'install');
    if (request.state !== null) target.searchParams.set('state', request.state);
    return c.redirect(target.toString(), 302);
  });

  // GitHub's `POST /app/installations/:id/access_tokens`, answered in its shape.
  app.post('/app/installations/:id/access_tokens', (c) => {
    const jwt = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1] ?? '';
    const check = verifyAppJwt(jwt, (appId) => options.findAppById(appId)?.publicKey, new Date(now()));
    c.header('Cache-Control', 'no-store');
    if (!check.ok) return c.json({ message: check.reason }, 401);
    const installation = installations.peek(c.req.param('id'));
    if (!installation || installation.appId !== check.appId) return c.json({ message: 'Not Found: no such installation of this app' }, 404);
    const expiresAt = new Date(now() + ttl.token).toISOString().replace(/\.\d{3}Z$/, 'Z');
    return c.json({ token: newId('ghs'), expires_at: expiresAt, permissions: { metadata: 'read' }, repository_selection: 'all' }, 201);
  });

  app.post('/oauth1/request_token', async (c) => {
    const signed = await checkSignature(c, options, seenNonces, () => '');
    if (!signed.ok) return oauth1Error(c, signed.reason);
    const callback = signed.oauth['oauth_callback'] ?? '';
    if (!callback.startsWith(`${new URL(options.redirectUri).origin}/`)) return oauth1Error(c, 'oauth_callback must be this API');
    const token = newId('rt1');
    const secret = newId('rts');
    requestTokens.set(token, { consumerKey: signed.consumerKey, secret, callback, verifier: null, appName: signed.appName });
    return formAnswer(c, { oauth_token: token, oauth_token_secret: secret, oauth_callback_confirmed: 'true' });
  });

  app.get('/oauth1/authorize', (c) => {
    const token = c.req.query('oauth_token') ?? '';
    const request = requestTokens.peek(token);
    if (!request) return htmlPage(c, renderProviderErrorPage('Unknown or expired request token.'), 400);
    return htmlPage(c, renderOauth1ConsentPage({ appName: request.appName, requestToken: token }));
  });

  app.post('/oauth1/decision', async (c) => {
    const form = parseFormBody(await c.req.text());
    const token = form['oauth_token'] ?? '';
    const request = requestTokens.take(token);
    if (!request) return htmlPage(c, renderProviderErrorPage('This authorization request has expired. Please start again.'), 400);
    const target = new URL(request.callback);
    if (form['decision'] === 'allow') {
      const verifier = newId('ver');
      requestTokens.set(token, { ...request, verifier });
      target.searchParams.set('oauth_token', token);
      target.searchParams.set('oauth_verifier', verifier);
    } else {
      target.searchParams.set('error', 'access_denied');
      target.searchParams.set('error_description', 'The user denied the authorization request');
    }
    return c.redirect(target.toString(), 302);
  });

  app.post('/oauth1/access_token', async (c) => {
    let request: RequestToken | undefined;
    const signed = await checkSignature(c, options, seenNonces, (oauth) => {
      request = requestTokens.peek(oauth['oauth_token'] ?? '');
      return request?.secret;
    });
    if (!signed.ok) return oauth1Error(c, signed.reason);
    const token = signed.oauth['oauth_token'] ?? '';
    if (!request || request.consumerKey !== signed.consumerKey || request.verifier === null || request.verifier !== signed.oauth['oauth_verifier']) {
      return oauth1Error(c, 'The request token or verifier is wrong');
    }
    requestTokens.take(token);
    return formAnswer(c, { oauth_token: newId('at1'), oauth_token_secret: newId('ats') });
  });
}

type SignatureCheck =
  | { ok: true; consumerKey: string; appName: string; oauth: Record<string, string> }
  | { ok: false; reason: string };

/** RFC 5849 section 3.2: the signature over method, URL and every parameter, with the consumer and token secrets. */
async function checkSignature(
  c: Context,
  options: CustomAuthOptions,
  seenNonces: ReturnType<typeof expiringMap<true>>,
  tokenSecretFor: (oauth: Record<string, string>) => string | undefined,
): Promise<SignatureCheck> {
  const oauth = parseOauth1Header(c.req.header('authorization'));
  if (!oauth) return { ok: false, reason: 'An Authorization: OAuth header is required' };
  if (oauth['oauth_signature_method'] !== 'HMAC-SHA1') return { ok: false, reason: 'Only HMAC-SHA1 is supported' };
  const consumer = options.findConsumer(oauth['oauth_consumer_key'] ?? '');
  if (!consumer) return { ok: false, reason: 'Unknown consumer key' };
  const timestamp = Number(oauth['oauth_timestamp']);
  if (!Number.isInteger(timestamp) || Math.abs(timestamp * 1000 - options.now()) > 5 * 60 * 1000) return { ok: false, reason: 'The timestamp is missing or out of range' };
  const nonce = oauth['oauth_nonce'] ?? '';
  if (nonce === '' || seenNonces.peek(`${timestamp}:${nonce}`)) return { ok: false, reason: 'The nonce was already used' };
  const tokenSecret = tokenSecretFor(oauth);
  if (oauth['oauth_token'] !== undefined && tokenSecret === undefined) return { ok: false, reason: 'Unknown token' };
  const url = new URL(c.req.url);
  const signedUrl = `${options.baseUrl}${url.pathname.replace(/^.*?(\/oauth1\/)/, '$1')}${url.search}`;
  const body = (c.req.header('content-type') ?? '').startsWith('application/x-www-form-urlencoded') ? Object.entries(parseFormBody(await c.req.text())) : [];
  const params: Oauth1Params = [
    ...Object.entries(oauth).filter(([name]) => name !== 'oauth_signature' && name !== 'realm'),
    ...new URL(signedUrl).searchParams.entries(),
    ...body,
  ];
  const expected = hmacSha1Signature(signatureBaseString(c.req.method, signedUrl, params), consumer.consumerSecret, tokenSecret ?? '');
  if (!signatureMatches(expected, oauth['oauth_signature'] ?? '')) return { ok: false, reason: 'The signature is invalid' };
  seenNonces.set(`${timestamp}:${nonce}`, true);
  return { ok: true, consumerKey: oauth['oauth_consumer_key'] ?? '', appName: consumer.appName, oauth };
}

function oauth1Error(c: Context, reason: string): Response {
  c.header('Cache-Control', 'no-store');
  return c.text(new URLSearchParams({ oauth_problem: 'signature_invalid', oauth_problem_advice: reason }).toString(), 401);
}

function formAnswer(c: Context, values: Record<string, string>): Response {
  c.header('Cache-Control', 'no-store');
  return c.body(new URLSearchParams(values).toString(), 200, { 'Content-Type': 'application/x-www-form-urlencoded' });
}
