import type { ConnectionResult } from '../../protocol/messages';
import { failed } from '../failure';
import { errorTypeForOAuthCode, oauthFailure, providerMessage } from './oauth-failure';
import { listenForCallback, watchClosed, type BrowserWindow, type CallbackMessage, type PopupWindow } from './popup';
import { oauthConnectUrl, type OAuthRequest } from './connect-url';
import { hasSecretOverride, sendOwnApp } from './own-app';
import { openSocketLink, resultFromSocket, socketUrl, type OAuthResult, type SocketLink, type WebSocketConstructor } from './socket';

export interface AttemptOptions {
  window: BrowserWindow;
  WebSocket: WebSocketConstructor;
  socketUrl: string;
  apiOrigin: string;
  providerConfigKey: string;
  /** The popup's target once the socket's client id is known. */
  connectUrl: (wsClientId: string) => string;
  /** Runs once the socket's client id is known, before the popup is first navigated; a failure ends the flow. */
  prepare?: (wsClientId: string) => Promise<OAuthResult | null>;
  /** The popup now shows the provider. */
  onNavigated: () => void;
  /**
   * The popup reads as closed. Only a hint: a provider page sent with
   * `Cross-Origin-Opener-Policy` severs our handle, which then reads closed while the user is still
   * signing in (Linear, Stripe). So the flow keeps listening; a later result still counts.
   */
  onClosed: () => void;
  closeGraceMs?: number;
  /** No `connection_ack` by then counts as a lost socket. */
  ackTimeoutMs?: number;
  /** Before the popup is navigated a fresh socket is harmless, so a lost one is retried this often. */
  socketRetries?: number;
}

export interface Attempt {
  result: Promise<OAuthResult>;
  /** Continues the same flow in a new window (reopen, or after a block). */
  usePopup: (popup: PopupWindow) => void;
  /** Stops everything and resolves with `failure` (the model passes a cancelled one). */
  abort: (failure: OAuthResult) => void;
}

function fromCallbackError(message: Extract<CallbackMessage, { type: 'nango_oauth_callback_error' }>): OAuthResult {
  const code = message.payload.errorType ?? null;
  // Without a code the page can only mean that the authorization was refused.
  const errorType = code === null ? 'connection_validation_failed' : errorTypeForOAuthCode(code);
  return failed(oauthFailure(errorType, code, providerMessage(message.payload.message), message.payload.message || null));
}

const lostSocket = () => failed<ConnectionResult>(oauthFailure('network_error', 'websocket_lost', ''));

/**
 * One OAuth flow in a popup: socket → ack → popup navigated → result. Whatever reports first
 * (socket, callback page, lost socket) settles it, once; the rest is ignored, so a failure
 * reported by both the callback page and the socket is one failure. A closed
 * window does not settle it (see `onClosed`).
 */
export function startAttempt(firstPopup: PopupWindow, options: AttemptOptions): Attempt {
  const { ackTimeoutMs = 10_000, socketRetries = 1 } = options;
  let popup = firstPopup;
  let wsClientId: string | null = null;
  let link: SocketLink | null = null;
  let ackTimer: ReturnType<typeof setTimeout> | null = null;
  let stopWatching = () => {};
  let retriesLeft = socketRetries;
  let resolve: (result: OAuthResult) => void = () => {};
  let isSettled = false;
  const result = new Promise<OAuthResult>((done) => (resolve = done));

  function settle(outcome: OAuthResult, closeDelayMs = 500) {
    if (isSettled) return;
    isSettled = true;
    link?.close();
    if (ackTimer) clearTimeout(ackTimer);
    stopWatching();
    stopListening();
    // A moment's delay lets the callback page take our ack and close itself.
    setTimeout(() => closeQuietly(popup), closeDelayMs);
    resolve(outcome);
  }

  function navigate() {
    if (wsClientId === null || popup.closed) return;
    try {
      popup.location.replace(options.connectUrl(wsClientId));
      options.onNavigated();
    } catch {
      options.onClosed();
    }
  }

  function onLost() {
    if (isSettled) return;
    if (ackTimer) clearTimeout(ackTimer);
    // After the ack the server ties the flow to this socket's id: a new socket would never hear
    // the result, so the honest answer is a clear failure the user can retry.
    if (wsClientId === null && retriesLeft > 0) {
      retriesLeft -= 1;
      connect();
    } else {
      settle(lostSocket(), 0);
    }
  }

  function connect() {
    ackTimer = setTimeout(() => {
      link?.close();
      onLost();
    }, ackTimeoutMs);
    link = openSocketLink({
      url: options.socketUrl,
      WebSocket: options.WebSocket,
      onAck: (id) => {
        if (ackTimer) clearTimeout(ackTimer);
        if (!options.prepare) {
          wsClientId = id;
          navigate();
          return;
        }
        void options.prepare(id).then((failure) => {
          if (failure) return settle(failure, 0);
          wsClientId = id;
          navigate();
        });
      },
      onResult: (message) => settle(resultFromSocket(message, options.providerConfigKey)),
      onLost,
    });
  }

  function watch() {
    stopWatching();
    stopWatching = watchClosed({
      isClosed: () => popup.closed,
      graceMs: options.closeGraceMs,
      onClosed: options.onClosed,
    });
  }

  const stopListening = listenForCallback({
    window: options.window,
    apiOrigin: options.apiOrigin,
    popup: () => popup,
    // Success only closes the page: the connection id comes from the socket alone.
    onMessage: (message) => {
      if (message.type === 'nango_oauth_callback_error') settle(fromCallbackError(message));
    },
  });

  watch();
  connect();

  return {
    result,
    usePopup: (next) => {
      if (isSettled) return closeQuietly(next);
      if (next !== popup) closeQuietly(popup);
      popup = next;
      watch();
      navigate();
    },
    abort: (outcome) => settle(outcome, 0),
  };
}

function closeQuietly(popup: PopupWindow): void {
  try {
    if (!popup.closed) popup.close();
  } catch {
    // Already gone.
  }
}

export interface PopupFlowOptions extends Pick<AttemptOptions, 'window' | 'WebSocket' | 'onNavigated' | 'onClosed' | 'closeGraceMs' | 'ackTimeoutMs'> {
  apiURL: string;
  fetch: typeof fetch;
  sessionToken: string;
  request: OAuthRequest;
  /** The session's `websocketsPath` (non-cloud Nango). */
  websocketsPath: string | undefined;
}

/**
 * One OAuth flow of `request` in `popup`, against the API at `apiURL`: its socket, the popup's
 * connect URL, and an own OAuth app's credentials sent (bound to the socket) before the popup
 * goes anywhere. The widget's machine (`calls.authorize`) and the headless client both start flows here.
 */
export function startPopupFlow(popup: PopupWindow, options: PopupFlowOptions): Attempt {
  const { apiURL, sessionToken, request, fetch } = options;
  return startAttempt(popup, {
    window: options.window,
    WebSocket: options.WebSocket,
    socketUrl: socketUrl(apiURL, options.websocketsPath),
    apiOrigin: new URL(apiURL).origin,
    providerConfigKey: request.providerConfigKey,
    connectUrl: (wsClientId) => oauthConnectUrl({ apiURL, sessionToken, request, wsClientId, redirect: null }),
    ...(hasSecretOverride(request)
      ? { prepare: async (wsClientId: string) => {
        const failure = await sendOwnApp({ apiURL, sessionToken, request, wsClientId, fetch });
        return failure ? failed<ConnectionResult>(failure) : null;
      } }
      : {}),
    onNavigated: options.onNavigated,
    onClosed: options.onClosed,
    closeGraceMs: options.closeGraceMs,
    ackTimeoutMs: options.ackTimeoutMs,
  });
}
