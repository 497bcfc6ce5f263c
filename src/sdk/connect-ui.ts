import { guardWidgetMessage } from '../protocol/widget-guard';
import type { HostMessage } from '../protocol/types';
import { createIframe, maxInt32, setIframeVisible } from './create-iframe';
import { buildIframeUrl } from './iframe-url';
import { defaultReadyTimeout, type ConnectUIEvent, type ConnectUIOptions } from './options';
import { lockPage } from './page-state';

/**
 * The widget on the host page. Same surface as Nango's `ConnectUI` (`iframe`, `open`, `close`,
 * `setSessionToken`), plus `preload`. Repeated or early calls are no-ops, never errors; calls made
 * before `<body>` exists take effect once it does.
 *
 * @example
 * const ui = openConnectUI({ baseURL: 'https://connect.example.com/', onEvent: (e) => console.log(e.type) });
 * ui.setSessionToken(await fetchToken());
 */
export class ConnectUI {
  // The state lives in the constructor's closure and the methods are its functions: local names
  // minify, property and method names do not, and the script-tag build has a 2 KB budget.
  /** The widget's iframe while it is mounted. */
  declare readonly iframe: HTMLIFrameElement | null;
  /** Creates the iframe out of sight so a later `open()` shows a ready widget at once. */
  declare readonly preload: () => void;
  declare readonly open: () => void;
  /** Removes the iframe and everything it set up (listeners, timer, page lock). */
  declare readonly close: () => void;
  declare readonly setSessionToken: (token: string) => void;

  constructor(options: ConnectUIOptions) {
    // There is no sensible default: the widget is served from the customer's own origin.
    if (!options?.baseURL) throw new TypeError("Plugboard: `baseURL` is required");
    const { container } = options;
    let token = options.sessionToken;
    /** What was asked before `<body>` existed: 0 nothing, 1 preload, 3 open (`|`: open wins). */
    let pending = 0;
    // The current mount: its iframe, the channel's send once the widget is ready, and what
    // close() undoes, in order. (Whether it shows is its visibility: see setIframeVisible.)
    let iframe: HTMLIFrameElement | null = null;
    let post: ((message: HostMessage) => void) | null = null;
    const undo: (() => void)[] = [];

    // The host's handler may throw or be async: its failures are its own and must not break the
    // widget. Both end in the same rejected promise (reported a microtask later), in fewer bytes.
    const emit = (event: ConnectUIEvent) =>
      (async () => options.onEvent?.(event))().catch((error) => console.error('Plugboard: onEvent threw', error));
    const sendToken = () => token && post?.({ type: 'session_token', sessionToken: token });

    const close = () => {
      pending = 0;
      iframe = (this as Mount).iframe = post = null;
      for (const step of undo.splice(0)) step();
    };

    const mount = () => {
      const src = buildIframeUrl(options, location.href);
      const host = typeof container === 'string' ? document.querySelector(container) : container;
      if (container && !host) throw new TypeError('Plugboard: no container ' + container);
      const frame = (iframe = (this as Mount).iframe = createIframe(src, options.title ?? 'Connect an account', !!host));
      const { origin } = src;
      // The host's end of the bridge: it hears only the widget's origin and our own iframe's window
      // (a removed iframe has none), and passes on only what `guardWidgetMessage` parsed. It stops
      // with its iframe: whatever arrives is from the current one.
      const onMessage = (event: MessageEvent) => {
        const message = event.origin === origin && event.source && event.source === frame.contentWindow && guardWidgetMessage(event.data);
        if (!message) return;
        if (message.type === 'resize') {
          if (host) frame.style.height = message.height + 'px';
          return;
        }
        if (message.type === 'ready') {
          // Posted to the widget's origin only.
          post = (reply) => frame.contentWindow?.postMessage(reply, origin);
          sendToken();
        }
        if (message.type === 'close') close();
        emit(message);
      };
      // A widget that cannot load (404, offline, blocked by a CSP) would leave an invisible overlay
      // over a locked page: take it away and tell the host, once. The timer is left to run out:
      // once this iframe is ready or gone, it does nothing.
      const giveUp = () => {
        if (iframe !== frame || post) return;
        close();
        emit({ type: 'error', payload: { errorType: 'widget_unavailable', errorMessage: 'The Connect UI did not load from ' + origin } });
      };
      setTimeout(giveUp, Math.min(options.readyTimeout ?? defaultReadyTimeout, maxInt32));
      frame.addEventListener('error', giveUp);
      addEventListener('message', onMessage);
      undo.push(() => {
        removeEventListener('message', onMessage);
        frame.remove();
      });
      setIframeVisible(frame, false);
      (host || document.body).appendChild(frame);
    };

    /** Mounts unless mounted; `false` while there is no `<body>` (the call is replayed once there is). */
    const ensureMounted = (ask: 1 | 3): boolean => {
      if (!document.body) {
        // Replays what is still asked then (a close() meanwhile cancels it). The event fires once.
        if (!pending) document.addEventListener('DOMContentLoaded', () => pending && (pending > 1 ? open : preload)());
        pending |= ask;
        return false;
      }
      // The host removed our iframe behind our back: release what it held before mounting anew.
      if (iframe && !iframe.isConnected) close();
      if (!iframe) mount();
      return true;
    };

    const preload = () => void ensureMounted(1);
    const open = () => {
      // Mounted (hidden) unless there is no `<body>` yet; already shown: nothing to do.
      if (!ensureMounted(3) || !iframe || iframe.style.visibility !== 'hidden') return;
      // Inline, the widget is part of the page: no lock, and focus stays where the user has it.
      // The lock goes first: it may hand back an `inert` it had set on this very iframe (preloaded
      // beside another open widget), which showing it then removes.
      if (!container) undo.push(lockPage(iframe));
      setIframeVisible(iframe, true);
      if (!container) iframe.focus();
    };

    Object.assign(this, { iframe, preload, open, close, setSessionToken: (value: string) => ((token = value), sendToken()) });
  }
}

/** `iframe` is a plain property kept in step with the closure's (fewer bytes than a getter). */
type Mount = { iframe: HTMLIFrameElement | null };
