import { Hono, type Context, type MiddlewareHandler } from 'hono';
import type { RedirectCapability } from '../../../contract/connect';
import { getCookie } from 'hono/cookie';
import { apiError, ApiError } from '../http/api-error';
import { escapeHtml, pageCsp } from '../http/html';
import { parseQueryString } from '../http/query-string';
import { renderOutcomePage } from '../oauth/oauth-failure';
import type { FlowOwner, RedirectFlow, RedirectResults } from '../oauth/redirect-results';
import type { WsOutcomeMessage } from '../oauth/ws-hub';
import { stateCookieName } from './oauth-routes';

/**
 * Plugboard's redirect mode for OAuth (not in Nango): when popups cannot work, the widget sends the
 * whole tab to `/oauth/connect/:key?…&return_to=<host page>&plugboard_flow=<id>`. The flow then runs
 * under a client id of its own (`RedirectResults.clientIdFor`), so the existing routes publish its
 * outcome as usual; the callback sends the tab back to `return_to?plugboard_oauth=success|error`,
 * and the widget the host reopens with `resume: true` reads the outcome once from
 * `GET /oauth/redirect/:flowId`. `GET /oauth/redirect` tells the widget the API supports this.
 *
 * The tab is only ever sent to an origin the operator allowed (`returnOrigins`), and only once
 * the connect session token is known to be valid: anything else ends on the error page, so a
 * link to this API cannot bounce a visitor to another site.
 *
 * Mounted before `oauthRoutes`; requests without `return_to` pass straight through.
 */
export function oauthRedirectRoutes(
  results: RedirectResults,
  dispatch: (request: Request, env: unknown) => Promise<Response>,
  policy: RedirectPolicy,
) {
  const app = new Hono();

  app.get('/redirect', (c) => c.json({ data: { returnTo: true } } satisfies RedirectCapability));

  app.get('/redirect/:flowId', (c) => {
    const message = results.takeResult(c.req.param('flowId'));
    if (!message) throw apiError(404, 'unknown_oauth_flow', 'No finished OAuth flow has this id.');
    return c.json({ data: message });
  });

  app.get('/connect/:providerConfigKey', async (c, next) => {
    const url = new URL(c.req.url);
    if (!url.searchParams.has('return_to') && !url.searchParams.has('plugboard_flow')) return next();
    let flow: RedirectFlow;
    try {
      parseQueryString(url.search);
      flow = { ...parseRedirectFlow(url.searchParams, policy), owner: policy.ownerOf(c) };
    } catch (err) {
      if (err instanceof ApiError) return errorPage(c, err);
      throw err;
    }
    url.searchParams.delete('return_to');
    url.searchParams.delete('plugboard_flow');
    // Without a valid session the request ends on the error page the popup flow shows.
    if (!policy.hasValidSession(url.searchParams.get('connect_session_token') ?? undefined)) {
      return dispatch(new Request(url, { headers: c.req.raw.headers }), c.env);
    }
    results.register(flow.flowId, flow.owner);
    url.searchParams.set('ws_client_id', results.clientIdFor(flow.flowId));
    // The node env travels along: rate limits see the real client, not an in-process request.
    const started = await dispatch(new Request(url, { headers: c.req.raw.headers }), c.env);
    const state = stateOf(started);
    if (state === null) return backTo(returnTarget(flow, results), started.headers);
    results.rememberState(state, flow);
    return started;
  });

  app.get('/callback', returnTrip(results));

  return app;
}

/**
 * Where a redirect-mode flow comes back from the provider (`/oauth/callback`, and `/app-auth/connect`
 * for app installs): once the route has finished the flow, the tab goes back to the host page.
 */
export function returnTrip(results: RedirectResults): MiddlewareHandler {
  return async function sendTabBack(c, next) {
    // Only the browser that started the flow (it has the state cookie) may use up its return trip.
    const state = c.req.query('state') ?? '';
    const flow = getCookie(c, stateCookieName(state)) === undefined ? undefined : results.takeState(state);
    await next();
    if (flow) c.res = backPage(returnTarget(flow, results));
  };
}

export interface RedirectPolicy {
  /** Origins (`https://app.example.com`) the tab may be sent back to. */
  returnOrigins: ReadonlySet<string>;
  hasValidSession(token: string | undefined): boolean;
  /** Who a flow counts against in the bounded results (its session, else its address). */
  ownerOf(c: Context): FlowOwner;
}

const flowIdPattern = /^[A-Za-z0-9_-]{16,128}$/;

function parseRedirectFlow(query: URLSearchParams, policy: RedirectPolicy): Omit<RedirectFlow, 'owner'> {
  const flowId = query.get('plugboard_flow') ?? '';
  const returnTo = parseReturnTo(query.get('return_to') ?? '');
  if (!flowIdPattern.test(flowId)) throw apiError(400, 'invalid_query_params', 'plugboard_flow must be 16 to 128 URL-safe characters.');
  if (!returnTo) throw apiError(400, 'invalid_query_params', 'return_to must be an absolute http(s) URL without credentials.');
  if (!policy.returnOrigins.has(new URL(returnTo).origin)) {
    throw apiError(400, 'return_to_not_allowed', `return_to is on ${new URL(returnTo).origin}, which this API does not send visitors back to. The operator allows origins with PLUGBOARD_RETURN_ORIGINS or return_origins in the config file.`);
  }
  return { flowId, returnTo };
}

function errorPage(c: Context, err: ApiError): Response {
  return renderOutcomePage(c, { ok: false, errorType: err.code, message: err.message }, '../', err.status);
}

function parseReturnTo(value: string): string | null {
  if (value.length > 2048) return null;
  try {
    const url = new URL(value);
    const isHttp = url.protocol === 'https:' || url.protocol === 'http:';
    return isHttp && url.username === '' && url.password === '' ? url.toString() : null;
  } catch {
    return null;
  }
}

/**
 * The flow's `state`, from the state cookie of a redirect to the provider; `null` when
 * `/oauth/connect` failed instead. The cookie, not the provider URL: an OAuth 1.0a authorize URL
 * carries the request token, not our state.
 */
function stateOf(response: Response): string | null {
  if (response.status !== 302) return null;
  for (const cookie of response.headers.getSetCookie()) {
    const state = /^oauth2-([0-9a-f-]{36})=/.exec(cookie)?.[1];
    if (state) return state;
  }
  return null;
}

const unfinished: WsOutcomeMessage = { message_type: 'error', error_type: 'unknown_err', error_desc: 'The authorization did not finish.' };

/** The host page with `plugboard_oauth=success|error`; the details wait for the widget. */
function returnTarget(flow: RedirectFlow, results: RedirectResults): string {
  const outcome = results.peekResult(flow.flowId) ?? unfinished;
  if (outcome === unfinished) results.keepResult(flow.flowId, unfinished);
  const target = new URL(flow.returnTo);
  target.searchParams.set('plugboard_oauth', outcome.message_type === 'success' ? 'success' : 'error');
  return target.toString();
}

/** A plain redirect: fine where no form started the navigation (`/oauth/connect`). */
function backTo(target: string, carried: Headers): Response {
  const headers = new Headers({ location: target, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
  for (const cookie of carried.getSetCookie()) headers.append('set-cookie', cookie);
  return new Response(null, { status: 303, headers });
}

/**
 * The callback is reached through the provider's consent form, and a browser checks every
 * redirect of a form submission against that page's `form-action` (which names the provider and
 * this API, never the host): a 303 to the host would be blocked. A page that navigates by itself
 * starts a new navigation instead. No script: a meta refresh, and a link should it be ignored.
 */
function backPage(target: string): Response {
  const href = escapeHtml(target);
  const html = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="referrer" content="no-referrer">',
    `<meta http-equiv="refresh" content="0;url=${href}">`,
    '<title>Returning to the application</title></head>',
    `<body><p><a href="${href}">Return to the application</a></p></body></html>`,
  ].join('');
  const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'referrer-policy': 'no-referrer', 'content-security-policy': pageCsp() };
  return new Response(html, { status: 200, headers });
}
