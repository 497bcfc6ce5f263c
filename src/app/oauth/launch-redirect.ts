import type { ApiFailure } from '../api/api-failure';
import type { BrowserWindow } from './browser-window';
import { oauthConnectUrl } from './connect-url';
import { oauthFailure } from './oauth-failure';
import type { OAuthRequest } from './oauth-request';
import { hasSecretOverride } from './own-app';
import { savePendingFlow, type FlowStorage } from './pending-flow';

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
