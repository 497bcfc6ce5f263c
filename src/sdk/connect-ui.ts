import { openHostChannel, type HostChannel } from '../protocol/host-channel';
import type { WidgetMessage } from '../protocol/types';
import { createIframe, setIframeVisible } from './create-iframe';
import { buildIframeUrl } from './iframe-url';
import { defaultReadyTimeout, type ConnectUIOptions } from './options';
import { lockPage } from './page-state';

/** Everything `open()` or `preload()` starts, so `close()` can stop all of it. */
interface Mounted {
  iframe: HTMLIFrameElement;
  channel: HostChannel;
  isReady: boolean;
  unlockPage: (() => void) | null;
  /** Gives up on a widget that never says `ready`. */
  readyTimer: ReturnType<typeof setTimeout>;
}

// setTimeout fires at once for any delay above 2^31 - 1 ms.
const maxDelay = 2 ** 31 - 1;

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
  // `declare`d and set in the constructor: real class fields would add a define-property helper to
  // the es2020 script-tag build, a tenth of its size budget.
  private declare readonly options: ConnectUIOptions;
  private declare mounted: Mounted | null;
  private declare sessionToken: string | undefined;
  /** What was asked before `<body>` existed: `true` open, `false` preload. */
  private declare pending: boolean | undefined;

  constructor(options: ConnectUIOptions) {
    // There is no sensible default: the widget is served from the customer's own origin.
    if (!options?.baseURL) throw new TypeError('Plugboard: the `baseURL` option is required (where your widget is served)');
    this.options = options;
    this.mounted = null;
    this.sessionToken = options.sessionToken;
  }

  get iframe(): HTMLIFrameElement | null {
    return this.mounted?.iframe ?? null;
  }

  /** Creates the iframe out of sight so a later `open()` shows a ready widget at once. */
  preload(): void {
    if (this.waitForBody(false)) return;
    this.dropRemoved();
    if (!this.mounted) this.mount(false);
  }

  open(): void {
    if (this.waitForBody(true)) return;
    this.dropRemoved();
    if (!this.mounted) this.mount(true);
    else if (!this.mounted.unlockPage) this.reveal(this.mounted);
  }

  close(): void {
    this.pending = undefined;
    const mounted = this.mounted;
    if (!mounted) return;
    this.mounted = null;
    clearTimeout(mounted.readyTimer);
    mounted.channel.close();
    mounted.iframe.remove();
    mounted.unlockPage?.();
  }

  setSessionToken(token: string): void {
    this.sessionToken = token;
    if (this.mounted?.isReady) this.sendToken(this.mounted);
  }

  /** A script in `<head>` runs before `<body>` exists: the call is replayed once it does. */
  private waitForBody(isOpen: boolean): boolean {
    if (document.body) return false;
    if (this.pending === undefined) {
      document.addEventListener('DOMContentLoaded', () => {
        const isPendingOpen = this.pending;
        this.pending = undefined;
        if (isPendingOpen !== undefined) this[isPendingOpen ? 'open' : 'preload']();
      }, { once: true });
    }
    this.pending ||= isOpen;
    return true;
  }

  /** The host removed our iframe behind our back: release what it held before mounting anew. */
  private dropRemoved(): void {
    if (this.mounted && !this.mounted.iframe.isConnected) this.close();
  }

  private mount(isVisible: boolean): void {
    const src = buildIframeUrl(this.options, location.href);
    const iframe = createIframe(document, src, this.options.title ?? 'Connect an account');
    const channel = openHostChannel({
      window,
      iframe,
      widgetOrigin: src.origin,
      onMessage: (message) => this.receive(mounted, message),
    });
    // A widget that cannot load (404, offline, blocked by a CSP) would leave an invisible overlay
    // over a locked page: take it away and tell the host, once.
    const giveUp = () => {
      if (this.mounted !== mounted) return;
      this.close();
      const errorMessage = `The Connect UI did not load from ${src.origin}`;
      this.emit({ type: 'error', payload: { errorType: 'widget_unavailable', errorMessage } });
    };
    const readyTimer = setTimeout(giveUp, Math.min(this.options.readyTimeout ?? defaultReadyTimeout, maxDelay));
    const mounted: Mounted = { iframe, channel, isReady: false, unlockPage: null, readyTimer };
    iframe.addEventListener('error', giveUp);
    this.mounted = mounted;
    setIframeVisible(iframe, false);
    document.body.appendChild(iframe);
    if (isVisible) this.reveal(mounted);
  }

  private reveal(mounted: Mounted): void {
    mounted.unlockPage = lockPage(mounted.iframe);
    setIframeVisible(mounted.iframe, true);
    mounted.iframe.focus();
  }

  private receive(mounted: Mounted, message: WidgetMessage): void {
    if (message.type === 'ready') {
      clearTimeout(mounted.readyTimer);
      mounted.isReady = true;
      this.sendToken(mounted);
    }
    if (message.type === 'close' && this.mounted === mounted) this.close();
    this.emit(message);
  }

  private sendToken(mounted: Mounted): void {
    if (this.sessionToken) mounted.channel.send({ type: 'session_token', sessionToken: this.sessionToken });
  }

  private emit(message: WidgetMessage): void {
    try {
      // The host's handler may be async; its failures are its own and must not break the widget.
      void Promise.resolve(this.options.onEvent?.(message)).catch(reportHostError);
    } catch (error) {
      reportHostError(error);
    }
  }
}

function reportHostError(error: unknown): void {
  console.error('[plugboard] onEvent threw:', error);
}
