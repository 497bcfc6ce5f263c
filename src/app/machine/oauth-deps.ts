import type { ApiFailure } from '../api/api-failure';
import type { BrowserWindow } from '../oauth/browser-window';
import type { OAuthMode } from './oauth-mode';
import type { OAuthRequest } from '../oauth/oauth-request';
import type { FlowStorage } from '../oauth/pending-flow';
import type { PopupSize } from '../oauth/popup-size';
import type { WebSocketConstructor } from '../oauth/socket-link';

export interface OAuthModelDeps {
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
  /** Tells the host of a failure the widget recovers from (a blocked popup) while the flow goes on. */
  reportError: (failure: ApiFailure) => void;
  /** When "Still waiting? Reopen the window" shows. */
  slowAfterMs?: number;
  closeGraceMs?: number;
  ackTimeoutMs?: number;
  now?: () => number;
  newFlowId?: () => string;
}

export interface OAuthStart {
  request: OAuthRequest;
  sessionToken: string;
  /** The session's `websocketsPath` (non-cloud Nango). */
  websocketsPath: string | undefined;
  /** Aborting it cancels the flow (the user left the screen). */
  signal?: AbortSignal;
}
