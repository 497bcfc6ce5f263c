import { redirectCapabilityResponse, redirectResultResponse } from '../../contract/connect';
import { endpointUrl } from '../early-get';
import { failed, type ApiFailure } from '../failure';
import { interpretResponse } from '../interpret-response';
import type { BrowserWindow } from './popup';
import { oauthConnectUrl, type OAuthRequest } from './connect-url';
import { oauthFailure } from './oauth-failure';
import { hasSecretOverride } from './own-app';
import { savePendingFlow, takePendingFlow, type FlowStorage } from './pending-flow';
import { resultFromSocket, type OAuthResult } from './socket';

// Redirect mode: the whole tab goes through the OAuth flow and comes back with `return_to`.

export interface RedirectDeps {
  window: BrowserWindow;
  storage: FlowStorage | null;
  apiURL: string;
  returnUrl: () => string | null;
  now: () => number;
  newFlowId: () => string;
}

const unavailable = () => oauthFailure('blocked_by_browser', 'redirect_unavailable', '');

/**
 * Sends the whole tab through the OAuth flow (redirect mode). A framed widget may navigate the top
 * window only with the click's user activation, so this too runs inside the click handler. The
 * flow is written to this tab's `sessionStorage` first: the widget the host reopens with
 * `resume: true` on its way back reads it there. Returns the failure when the tab cannot go.
 */
export function launchRedirect(deps: RedirectDeps, request: OAuthRequest, sessionToken: string): ApiFailure | null {
  // Its secret is sent bound to the popup's WebSocket: a redirected tab has none.
  if (hasSecretOverride(request)) return oauthFailure('blocked_by_browser', 'own_app_needs_popup', 'Your own OAuth app needs the sign-in window: allow pop-ups for this site and try again.');
  const returnTo = deps.returnUrl();
  if (!returnTo || !deps.storage) return unavailable();
  const flowId = deps.newFlowId();
  const flow = { flowId, providerConfigKey: request.providerConfigKey, startedAt: deps.now() };
  if (!savePendingFlow(deps.storage, flow)) return unavailable();
  const url = oauthConnectUrl({ apiURL: deps.apiURL, sessionToken, request, wsClientId: null, redirect: { returnTo, flowId } });
  try {
    return deps.window.open(url, '_top') ? null : oauthFailure('blocked_by_browser', 'redirect_blocked', '');
  } catch {
    return oauthFailure('blocked_by_browser', 'redirect_blocked', '');
  }
}

/**
 * Where a redirect-mode flow sends the tab back to: the page the host asked for (`returnURL`,
 * which must be on the host's own origin, so a tampered iframe URL cannot turn the API into an
 * open redirect), else the host's home page. `null` until the host's origin is known.
 */
export function chooseReturnUrl(requested: string | null, hostOrigin: string | null): string | null {
  if (!hostOrigin) return null;
  const url = requested ? parseHttpUrl(requested) : null;
  if (url && url.origin === hostOrigin) {
    url.hash = '';
    return url.toString();
  }
  return `${hostOrigin}/`;
}

function parseHttpUrl(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

// The API's redirect-mode routes (the capability and a flow's result) are Plugboard's own: a Nango
// server answers 404 to both and has no way to hand back a connection id without the WebSocket, so
// against Nango the widget stays with the popup.

export interface RedirectApiOptions {
  apiURL: string;
  fetch: typeof fetch;
  signal?: AbortSignal;
}


async function getJson(url: string, { fetch, signal }: RedirectApiOptions): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { headers: { accept: 'application/json' }, signal: signal ?? null });
  return { status: response.status, text: await response.text() };
}

/** Whether the API can send the page back after an OAuth redirect. Any failure means no. */
export async function probeRedirectSupport(options: RedirectApiOptions): Promise<boolean> {
  try {
    const { status, text } = await getJson(endpointUrl(options.apiURL, '/oauth/redirect'), options);
    return interpretResponse(status, text, redirectCapabilityResponse).ok;
  } catch {
    return false;
  }
}

/** The outcome of a flow the page came back from; the API hands it out once. */
export async function fetchRedirectResult(options: RedirectApiOptions, flowId: string, providerConfigKey: string): Promise<OAuthResult> {
  const url = endpointUrl(options.apiURL, `/oauth/redirect/${encodeURIComponent(flowId)}`);
  try {
    const { status, text } = await getJson(url, options);
    // Unknown: the user came back without finishing (Back button), or the result was already taken.
    if (status === 404) return failed(oauthFailure('window_closed', 'oauth_flow_not_finished', ''));
    const result = interpretResponse(status, text, redirectResultResponse);
    return result.ok ? resultFromSocket(result.value.data, providerConfigKey) : result;
  } catch (error) {
    return failed(oauthFailure('network_error', null, '', error instanceof Error ? error.message : null));
  }
}

export interface ResumeOptions {
  storage: FlowStorage | null;
  apiURL: string;
  fetch: typeof fetch;
  signal?: AbortSignal;
  now?: number;
}

export interface ResumedFlow {
  /** The integration the flow was for: the widget shows its success or failure screen. */
  providerConfigKey: string;
  result: OAuthResult;
}

/**
 * For a widget opened with `resume: true`: finishes the redirect-mode flow this tab left for.
 * `null` when there is none (or it is too old). The pending flow is removed before the API is
 * asked, so a reload cannot report the same result twice.
 */
export async function resumeOAuth({ storage, apiURL, fetch, signal, now = Date.now() }: ResumeOptions): Promise<ResumedFlow | null> {
  const flow = storage ? takePendingFlow(storage, now) : null;
  if (!flow) return null;
  const result = await fetchRedirectResult({ apiURL, fetch, signal }, flow.flowId, flow.providerConfigKey);
  return { providerConfigKey: flow.providerConfigKey, result };
}
