import { readFileSync } from 'node:fs';
import { Hono, type Context } from 'hono';
import { pageCsp } from '../http/html';
import { renderConsentPage, renderProviderErrorPage } from './authorize-page';
import { renderDocsPage } from './docs-page';
import { mountCustomAuthProvider, type CustomAuthOptions } from './custom-auth-provider';
import { createGrantStore, type AuthorizationRequest } from './grant-store';
import { handleRevocation, handleTokenRequest } from './token-endpoint';

export interface TestProviderOptions {
  /** Registered authorization-code clients (the test-oauth2 integrations). */
  findClient(clientId: string): { clientSecret: string; appName: string } | undefined;
  /** The only redirect URI accepted: this API's `/oauth/callback`. */
  redirectUri: string;
  now?: () => number;
  /** Lifetime of issued access tokens; default one hour. */
  accessTokenTtlSeconds?: number;
  /** App installs (APP, CUSTOM) and OAuth 1.0a; without it only OAuth2 is offered. */
  customAuth?: Omit<CustomAuthOptions, 'redirectUri' | 'now'>;
}

const stylesheet = readFileSync(new URL('./provider.css', import.meta.url), 'utf8');

/** A real OAuth2 provider, offline: consent page with Allow/Deny, token endpoint, docs pages. */
export function createTestProviderApp(options: TestProviderOptions) {
  const grants = createGrantStore(options.now ?? Date.now, options.accessTokenTtlSeconds);
  const app = new Hono();
  const redirectOrigin = new URL(options.redirectUri).origin;
  const htmlPage = (c: Context, html: string, status: 200 | 400 = 200) => {
    c.header('Content-Security-Policy', pageCsp([`form-action 'self' ${redirectOrigin}`]));
    c.header('Cache-Control', 'no-store');
    return c.html(html, status);
  };

  app.get('/assets/provider.css', (c) => c.body(stylesheet, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
  app.get('/docs/:provider', (c) => {
    const page = renderDocsPage(c.req.param('provider'));
    return page === null ? c.text('No built-in provider by this name.', 404) : htmlPage(c, page);
  });

  app.get('/oauth2/authorize', (c) => {
    const query = new URL(c.req.url).searchParams;
    const client = findClientOrOwnApp(options, query.get('client_id') ?? '');
    // RFC 6749 section 4.1.2.1: never redirect to an unverified redirect_uri; show the error instead.
    if (!client) return htmlPage(c, renderProviderErrorPage('Unknown client_id.'), 400);
    if (query.get('redirect_uri') !== options.redirectUri) return htmlPage(c, renderProviderErrorPage('The redirect_uri is not registered for this client.'), 400);
    const request: AuthorizationRequest = {
      clientId: query.get('client_id') ?? '',
      redirectUri: options.redirectUri,
      state: query.get('state'),
      scope: query.get('scope') ?? '',
      codeChallenge: query.get('code_challenge'),
      codeChallengeMethod: query.get('code_challenge_method'),
    };
    if (query.get('response_type') !== 'code') return c.redirect(errorRedirect(request, 'unsupported_response_type', 'Only response_type=code is supported'));
    const scopes = request.scope.split(' ').filter((scope) => scope !== '');
    return htmlPage(c, renderConsentPage({ appName: client.appName, scopes, requestId: grants.savePendingRequest(request) }));
  });

  app.post('/oauth2/decision', async (c) => {
    const form = new URLSearchParams(await c.req.text());
    const request = grants.takePendingRequest(form.get('request_id') ?? '');
    if (!request) return htmlPage(c, renderProviderErrorPage('This authorization request has expired. Please start again.'), 400);
    if (form.get('decision') !== 'allow') return c.redirect(errorRedirect(request, 'access_denied', 'The user denied the authorization request'), 302);
    const url = new URL(request.redirectUri);
    url.searchParams.set('code', grants.issueCode(request));
    if (request.state !== null) url.searchParams.set('state', request.state);
    return c.redirect(url.toString(), 302);
  });

  if (options.customAuth) {
    mountCustomAuthProvider(app, { ...options.customAuth, redirectUri: options.redirectUri, now: options.now ?? Date.now }, grants, htmlPage);
  }

  app.post('/oauth2/token', (c) => handleTokenRequest(c, grants, options));
  app.post('/oauth2/revoke', (c) => handleRevocation(c, grants, options));

  return app;
}

function errorRedirect(request: AuthorizationRequest, error: string, description: string): string {
  const url = new URL(request.redirectUri);
  url.searchParams.set('error', error);
  url.searchParams.set('error_description', description);
  if (request.state !== null) url.searchParams.set('state', request.state);
  return url.toString();
}

/**
 * Registered clients are the integrations' apps. Any other client id is an end user's own app
 * ("bring your own OAuth app"): it is shown by its id, and its secret must start with `test_`.
 */
export function findClientOrOwnApp(options: Pick<TestProviderOptions, 'findClient'>, clientId: string): { clientSecret: string | null; appName: string } | undefined {
  if (clientId === '') return undefined;
  return options.findClient(clientId) ?? { clientSecret: null, appName: `Your own app "${clientId}"` };
}
