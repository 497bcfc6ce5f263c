import { listen } from './listen';
import { guardHostMessage } from './host-guard';
import type { HostMessage, WidgetMessage } from './messages';

export interface WidgetChannelOptions {
  window: Window;
  onMessage: (message: HostMessage) => void;
}

export interface WidgetChannel {
  send: (message: WidgetMessage) => void;
  /** The host page's origin once pinned, else `null`. */
  hostOrigin: () => string | null;
  close: () => void;
}

/**
 * What may go to `'*'` while the host's origin is unknown. `'*'` reaches whatever page frames us,
 * so only messages that hold nothing of the user's qualify: `ready`, `close`, `resize`, and the
 * missing-token error (its type and our own sentence: no token, no session yet). Nango's SDK
 * accepts messages only from the widget's origin, so a page other than the host learns nothing
 * but "no token came". This keeps that error reaching the host in browsers without
 * `location.ancestorOrigins` (Firefox), and from hosts whose Referrer-Policy hides them (so
 * `document.referrer` would not do).
 */
const carriesNothing = (message: WidgetMessage) =>
  message.type === 'ready' || message.type === 'close' || message.type === 'resize' || (message.type === 'error' && message.payload.errorType === 'missing_connect_session_token');

/**
 * An origin a reply can be addressed to. A sandboxed page has the opaque origin "null", which
 * `postMessage` refuses as a target: such a host cannot be pinned, only told what carries nothing.
 */
const addressable = (origin: string | undefined): string | null => (origin && origin !== 'null' ? origin : null);

/** Chromium and WebKit tell a frame who embeds it; the browser sets it, so it cannot be forged. */
function embedderOrigin(window: Window): string | null {
  return addressable(window.location.ancestorOrigins?.[0]);
}

/**
 * The iframe's end of the bridge. Only the parent window may speak; its origin is pinned by the
 * first valid `session_token`, and every later message must come from it and goes only to it.
 */
export function openWidgetChannel({ window, onMessage }: WidgetChannelOptions): WidgetChannel {
  const parent = window.parent;
  const isTopLevel = parent === window;
  let pinnedOrigin: string | null = isTopLevel ? window.location.origin : null;

  const close = listen(
    window,
    // A page with an opaque origin could never be answered alone, so its token is not taken: the
    // widget then reports the missing token, which may go to '*'.
    (event) => !isTopLevel && event.source === parent && addressable(event.origin) !== null && (pinnedOrigin === null || event.origin === pinnedOrigin),
    guardHostMessage,
    (message, event) => {
      if (message.type === 'session_token' && pinnedOrigin === null) pinnedOrigin = event.origin;
      onMessage(message);
    },
  );

  const send = (message: WidgetMessage) => {
    const origin = pinnedOrigin ?? embedderOrigin(window) ?? (carriesNothing(message) ? '*' : null);
    if (!origin) return;
    try {
      parent.postMessage(message, origin);
    } catch {
      // The host is gone or refuses the target: there is nobody left to tell.
    }
  };

  return { send, hostOrigin: () => pinnedOrigin, close };
}
