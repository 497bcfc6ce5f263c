import { z } from '../../contract/zod';
import type { BrowserWindow, InboundMessage, PopupWindow } from './browser';

export type { BrowserWindow, InboundMessage, PopupWindow } from './browser';

// The OAuth window: opening it, watching it, and hearing the API's callback page inside it.

/** Width and height of the OAuth window, in CSS pixels. */
export interface PopupSize {
  width: number;
  height: number;
}

export const defaultPopupSize: PopupSize = { width: 500, height: 600 };

// Consent pages that do not fit 500×600 without a horizontal scrollbar (they are laid out for a
// desktop browser). Keyed by provider (not integration), as in the catalogue.
const sizeByProvider: Record<string, PopupSize> = {
  salesforce: { width: 800, height: 700 },
  'salesforce-sandbox': { width: 800, height: 700 },
  quickbooks: { width: 800, height: 700 },
  xero: { width: 800, height: 700 },
  shopify: { width: 900, height: 700 },
  github: { width: 900, height: 700 },
  'github-app': { width: 900, height: 700 },
  'github-app-oauth': { width: 900, height: 700 },
};

/** The host's `popupSize` wins; then the provider's known need; then the default. */
export function popupSizeFor(provider: string, hostSize: PopupSize | null): PopupSize {
  if (hostSize) return hostSize;
  return Object.hasOwn(sizeByProvider, provider) ? sizeByProvider[provider] ?? defaultPopupSize : defaultPopupSize;
}

/** Where the browser window is and how much screen there is (read from `window` and `window.screen`). */
export interface WindowMetrics {
  screenX: number;
  screenY: number;
  outerWidth: number;
  outerHeight: number;
  availWidth: number;
  availHeight: number;
}

/**
 * The `window.open` features of the OAuth window: centred on the browser window rather than on the
 * screen (Nango centres on the screen, which lands on the wrong monitor in a multi-screen setup),
 * and never larger than the screen. Offsets may be negative: a monitor left of the primary one.
 */
export function popupFeatures(size: PopupSize, metrics: WindowMetrics): string {
  const width = Math.min(size.width, metrics.availWidth);
  const height = Math.min(size.height, metrics.availHeight);
  const left = Math.round(metrics.screenX + (metrics.outerWidth - width) / 2);
  const top = Math.round(metrics.screenY + (metrics.outerHeight - height) / 2);
  return [
    `left=${left}`,
    `top=${top}`,
    `width=${width}`,
    `height=${height}`,
    'scrollbars=yes',
    'resizable=yes',
    'status=no',
    'toolbar=no',
    'location=no',
    'copyhistory=no',
    'menubar=no',
    'directories=no',
  ].join(',');
}

/**
 * Opens the blank OAuth window. Must run synchronously inside the click handler: Safari and
 * in-app browsers block `window.open` once the user activation has been spent on an `await`.
 * Nothing is written into the blank window (no `document.write`: the widget's Trusted Types
 * policy forbids it and the window inherits that CSP); it shows the provider once navigated.
 * Returns `null` when the browser blocked it (`null`, already closed, or a throw).
 */
export function openPopup(window: BrowserWindow, size: PopupSize): PopupWindow | null {
  const features = popupFeatures(size, {
    screenX: window.screenX,
    screenY: window.screenY,
    outerWidth: window.outerWidth,
    outerHeight: window.outerHeight,
    availWidth: window.screen.availWidth,
    availHeight: window.screen.availHeight,
  });
  try {
    const popup = window.open('', '_blank', features);
    return popup && !popup.closed ? popup : null;
  } catch {
    return null;
  }
}

export interface ClosedWatcherOptions {
  isClosed: () => boolean;
  /** Called once, `graceMs` after the window was first seen closed. */
  onClosed: () => void;
  /** How often to look; `window.closed` fires no event. Nango looks every 500 ms. */
  intervalMs?: number;
  /** The result travels on the WebSocket and may land just after the callback page closes itself. */
  graceMs?: number;
}

/** Watches the OAuth window; returns the stop. */
export function watchClosed({ isClosed, onClosed, intervalMs = 500, graceMs = 1500 }: ClosedWatcherOptions): () => void {
  let grace: ReturnType<typeof setTimeout> | null = null;
  const poll = setInterval(() => {
    if (grace !== null || !isClosed()) return;
    clearInterval(poll);
    grace = setTimeout(onClosed, graceMs);
  }, intervalMs);
  return () => {
    clearInterval(poll);
    if (grace !== null) clearTimeout(grace);
  };
}

// What the API's callback page posts to its opener.
const callbackSuccess = z.looseObject({ type: z.literal('nango_oauth_callback_success') });
const callbackError = z.looseObject({
  type: z.literal('nango_oauth_callback_error'),
  payload: z.catch(
    z.looseObject({
      message: z.catch(z.string(), ''),
      errorType: z.catch(z.optional(z.string()), undefined),
    }),
    { message: '', errorType: undefined },
  ),
});

const callbackMessage = z.discriminatedUnion('type', [callbackSuccess, callbackError]);
export type CallbackMessage = z.infer<typeof callbackMessage>;

export const callbackAck = { type: 'nango_oauth_callback_ack' } as const;

/**
 * A callback message counts only when it comes from the API's origin *and* from our own popup:
 * any other window (a third-party frame, a second tab of the API) is ignored.
 */
export function parseCallbackMessage(event: InboundMessage, apiOrigin: string, popup: unknown): CallbackMessage | null {
  if (event.origin !== apiOrigin || popup === null || event.source !== popup) return null;
  const result = z.safeParse(callbackMessage, event.data);
  return result.success ? result.data : null;
}

export interface CallbackListenerOptions {
  window: BrowserWindow;
  apiOrigin: string;
  /** The current OAuth window: only it may speak (it changes when the user reopens it). */
  popup: () => PopupWindow | null;
  onMessage: (message: CallbackMessage) => void;
}

/**
 * Listens for the callback page's messages and acknowledges each one, so the
 * page closes itself; the ack goes only to the API's origin. Returns the stop.
 */
export function listenForCallback({ window, apiOrigin, popup, onMessage }: CallbackListenerOptions): () => void {
  const listener = (event: InboundMessage) => {
    const current = popup();
    const message = parseCallbackMessage(event, apiOrigin, current);
    if (!message || !current) return;
    try {
      current.postMessage(callbackAck, apiOrigin);
    } catch {
      // The page closed itself already; there is nobody to acknowledge.
    }
    onMessage(message);
  };
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}
