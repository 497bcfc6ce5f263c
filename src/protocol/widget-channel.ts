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

// `ready` and `close` carry nothing, so they may go out before the host's origin is known.
const carriesNothing = (message: WidgetMessage) => message.type === 'ready' || message.type === 'close';

/** Chromium and WebKit tell a frame who embeds it; the browser sets it, so it cannot be forged. */
function embedderOrigin(window: Window): string | null {
  return window.location.ancestorOrigins?.[0] ?? null;
}

/**
 * The iframe's end of the bridge. Only the parent window may speak; its origin is pinned by the
 * first valid `session_token`, and every later message must come from it and goes only to it.
 */
export function openWidgetChannel({ window, onMessage }: WidgetChannelOptions): WidgetChannel {
  const parent = window.parent;
  const isTopLevel = parent === window;
  let pinnedOrigin: string | null = isTopLevel ? window.location.origin : null;

  const close = listen({
    window,
    accept: (event) =>
      !isTopLevel && event.source === parent && (pinnedOrigin === null || event.origin === pinnedOrigin),
    parse: guardHostMessage,
    onMessage: (message, event) => {
      if (message.type === 'session_token' && pinnedOrigin === null) pinnedOrigin = event.origin;
      onMessage(message);
    },
  });

  const send = (message: WidgetMessage) => {
    const target = pinnedOrigin ?? embedderOrigin(window) ?? (carriesNothing(message) ? '*' : null);
    if (target) parent.postMessage(message, target);
  };

  return { send, hostOrigin: () => pinnedOrigin, close };
}
