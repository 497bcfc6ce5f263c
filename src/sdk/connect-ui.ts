import { openHostChannel, type HostChannel } from '../protocol/host-channel';
import type { WidgetMessage } from '../protocol/types';
import { createIframe, setIframeVisible } from './create-iframe';
import { buildIframeUrl } from './iframe-url';
import type { ConnectUIOptions } from './options';
import { lockPage } from './page-state';

/** Everything `open()` or `preload()` starts, so `close()` can stop all of it. */
interface Mounted {
  iframe: HTMLIFrameElement;
  channel: HostChannel;
  isReady: boolean;
  unlockPage: (() => void) | null;
}

/**
 * The widget on the host page. Same surface as Nango's `ConnectUI` (`iframe`, `open`, `close`,
 * `setSessionToken`), plus `preload`. Repeated or early calls are no-ops, never errors.
 *
 * @example
 * const ui = openConnectUI({ onEvent: (e) => console.log(e.type) });
 * ui.setSessionToken(await fetchToken());
 */
export class ConnectUI {
  private mounted: Mounted | null = null;
  private sessionToken: string | undefined;

  constructor(private readonly options: ConnectUIOptions = {}) {
    this.sessionToken = options.sessionToken;
  }

  get iframe(): HTMLIFrameElement | null {
    return this.mounted?.iframe ?? null;
  }

  /** Creates the iframe out of sight so a later `open()` shows a ready widget at once. */
  preload(): void {
    if (!this.mounted?.iframe.isConnected) this.mount(false);
  }

  open(): void {
    if (this.mounted && !this.mounted.iframe.isConnected) this.close();
    if (!this.mounted) this.mount(true);
    else if (!this.mounted.unlockPage) this.reveal(this.mounted);
  }

  close(): void {
    const mounted = this.mounted;
    if (!mounted) return;
    this.mounted = null;
    mounted.channel.close();
    mounted.iframe.remove();
    mounted.unlockPage?.();
  }

  setSessionToken(token: string): void {
    this.sessionToken = token;
    if (this.mounted?.isReady) this.sendToken(this.mounted);
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
    const mounted: Mounted = { iframe, channel, isReady: false, unlockPage: null };
    this.mounted = mounted;
    setIframeVisible(iframe, false);
    document.body.appendChild(iframe);
    if (isVisible) this.reveal(mounted);
  }

  private reveal(mounted: Mounted): void {
    mounted.unlockPage = lockPage(document);
    setIframeVisible(mounted.iframe, true);
    mounted.iframe.focus();
  }

  private receive(mounted: Mounted, message: WidgetMessage): void {
    if (message.type === 'ready') {
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
