// The parts of the browser the OAuth flow touches, as types (no zod, no DOM lib needed at run time):
// a real `window`, `WebSocket` and `sessionStorage` fit, and so do test doubles.

/** The OAuth window as the widget uses it; a real `Window` fits, and so does a test double. */
export interface PopupWindow {
  readonly closed: boolean;
  close: () => void;
  location: { replace: (url: string) => void };
  postMessage: (message: unknown, targetOrigin: string) => void;
}

/** What a `message` listener reads of an event. */
export interface InboundMessage {
  origin: string;
  source: unknown;
  data: unknown;
}

/**
 * The parts of the widget's `window` the OAuth flow touches, injected so the flow is tested with
 * a fake browser: opening windows, the window's geometry, and incoming messages.
 */
export interface BrowserWindow {
  open: (url: string, target: string, features?: string) => PopupWindow | null;
  screenX: number;
  screenY: number;
  outerWidth: number;
  outerHeight: number;
  screen: { availWidth: number; availHeight: number };
  addEventListener: (type: 'message', listener: (event: InboundMessage) => void) => void;
  removeEventListener: (type: 'message', listener: (event: InboundMessage) => void) => void;
}

/** The parts of a browser `WebSocket` the flow uses; the real constructor fits, so does a scripted peer. */
export interface WebSocketLike {
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'close' | 'error', listener: () => void): void;
  close(): void;
}
export type WebSocketConstructor = new (url: string) => WebSocketLike;

/** The part of `sessionStorage` the redirect mode uses. */
export type FlowStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
