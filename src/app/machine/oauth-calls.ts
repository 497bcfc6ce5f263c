import { startPopupFlow, type Attempt } from '../../client/oauth/attempt';
import type { ApiFailure } from '../../client/failure';
import type { BrowserWindow, FlowStorage, WebSocketConstructor } from '../../client/oauth/browser';
import type { OAuthRequest } from '../../client/oauth/oauth-request';
import { newFlowId } from '../../client/oauth/pending-flow';
import { openPopup, popupSizeFor, type PopupSize } from '../../client/oauth/popup';
import { chooseReturnUrl, launchRedirect, probeRedirectSupport, resumeOAuth, type ResumedFlow } from '../../client/oauth/redirect';
import type { WidgetConfig } from '../boot/widget-config';
import { isInAppBrowser } from '../oauth/in-app-browser';
import type { OAuthMode } from './oauth';
import type { OAuthEnvironment } from './state';

// The door from the machine's effects to OAuth windows: every call of a sign-in is a method of
// `OAuthCalls`, built over the headless client's OAuth modules (src/client/oauth: the popup flow,
// redirect and resume). It comes with the OAuth chunk, which an API-key connect never loads.

/** One OAuth sign-in as the transport runs it. */
export interface OAuthStart {
  request: OAuthRequest;
  sessionToken: string;
  /** The session's `websocketsPath` (non-cloud Nango). */
  websocketsPath: string | undefined;
}

export interface AuthorizeHandlers {
  /** The window opened (before the flow navigates it). */
  opened: () => void;
  /** The popup now shows the provider. */
  navigated: () => void;
  /** The popup reads as closed (only a hint: see `startAttempt`). */
  closed: () => void;
}

export interface OAuthCalls {
  /**
   * Opens the OAuth popup and runs `start` in it (or moves `attempt` into the new window). Call it
   * in the click, with no `await` before it, or the browser blocks the window. Null: blocked.
   */
  authorize: (start: OAuthStart, on: AuthorizeHandlers, attempt: Attempt | null) => Attempt | null;
  /** Sends this tab through the OAuth flow (redirect mode); the failure when it cannot go. */
  redirect: (start: OAuthStart) => ApiFailure | null;
  /** Whether the API can bring the tab back after a redirect-mode flow. */
  supportsRedirect: (signal: AbortSignal) => Promise<boolean>;
  /** The outcome of the redirect-mode flow this tab came back from, once (null: none). */
  resume: () => Promise<ResumedFlow | null>;
}

/** The browser the OAuth transport drives; tests replace parts of it. */
export interface OAuthDeps {
  window: BrowserWindow;
  WebSocket: WebSocketConstructor;
  fetch: typeof fetch;
  /** This tab's `sessionStorage` (null when the browser refuses it: then no redirect mode). */
  storage: FlowStorage | null;
  apiURL: string;
  requestedMode: OAuthMode;
  popupSize: PopupSize | null;
  detectClosedWindow: boolean;
  isInAppBrowser: boolean;
  /** The page a redirect comes back to, once known; `null` rules redirect mode out. */
  returnUrl: () => string | null;
  /** When "Still waiting? Reopen the window" shows. */
  slowAfterMs?: number;
  closeGraceMs?: number;
  ackTimeoutMs?: number;
  now?: () => number;
  newFlowId?: () => string;
}

/** `sessionStorage`, or null where the browser refuses it (storage disabled: reading it throws). */
function sessionStorageOf(window: Window): FlowStorage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** A connect link (no host page) comes back to itself and resumes on its own. */
function selfReturnUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.set('resume', 'true');
  url.hash = '';
  return url.toString();
}

/** The OAuth transport wired to the real browser: this window, its WebSocket, fetch and storage. */
export function oauthDepsFor(config: WidgetConfig, environment: OAuthEnvironment): OAuthDeps {
  const { window, hostOrigin } = environment;
  // The SDK names the host's page in redirect mode (`returnURL`); it is checked against the host's origin.
  const requestedReturnUrl = new URLSearchParams(window.location.search).get('returnURL');
  return {
    window,
    WebSocket,
    fetch: (input, init) => window.fetch(input, init),
    storage: sessionStorageOf(window),
    apiURL: config.apiURL,
    requestedMode: config.oauthMode,
    popupSize: config.popupSize,
    detectClosedWindow: config.detectClosedAuthWindow,
    isInAppBrowser: isInAppBrowser(window.navigator.userAgent),
    returnUrl: () => (config.isTopLevel ? selfReturnUrl(window.location.href) : chooseReturnUrl(requestedReturnUrl, hostOrigin())),
    ...environment.overrides,
  };
}

export function createOAuthCalls(deps: OAuthDeps): OAuthCalls {
  const { apiURL } = deps;
  return {
    authorize: ({ request, sessionToken, websocketsPath }, on, attempt) => {
      const popup = openPopup(deps.window, popupSizeFor(request.provider, deps.popupSize));
      if (!popup) return null;
      on.opened();
      if (attempt) {
        attempt.usePopup(popup);
        return attempt;
      }
      return startPopupFlow(popup, {
        window: deps.window,
        WebSocket: deps.WebSocket,
        apiURL,
        fetch: deps.fetch,
        sessionToken,
        request,
        websocketsPath,
        onNavigated: on.navigated,
        onClosed: on.closed,
        closeGraceMs: deps.closeGraceMs,
        ackTimeoutMs: deps.ackTimeoutMs,
      });
    },
    redirect: ({ request, sessionToken }) =>
      launchRedirect({ ...deps, now: deps.now ?? Date.now, newFlowId: deps.newFlowId ?? (() => newFlowId()) }, request, sessionToken),
    supportsRedirect: (signal) => probeRedirectSupport({ apiURL, fetch: deps.fetch, signal }),
    resume: () => resumeOAuth({ storage: deps.storage, apiURL, fetch: deps.fetch }),
  };
}
