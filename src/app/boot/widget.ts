import { signal } from '@preact/signals-core';
import { openWidgetChannel, type WidgetChannel } from '../../protocol/widget-channel';
import type { ConnectUISettings } from '../../protocol/messages';
import { providerPath, sendEarlyGet, sendLoadGets } from '../../client/early-get';
import { lazyApiClient } from '../api/lazy-api-client';
import { connectModuleLoader, type ConnectModule } from '../connect-module';
import { networkFailure, type ApiFailure } from '../../client/failure';
import { errorPayloadFor } from '../result/failure-text';
import type { WidgetConfig } from './widget-config';
import { acceptLanguage } from '../i18n';
import { listenForEscape } from '../shell/focus';
import { createWidgetModel, type WidgetModel } from '../machine/machine';
import { applyTheme, stopTheme, type ThemeInput } from '../theme';
import { decideApiAccess } from './api-access';

export interface WidgetOptions {
  window: Window;
  config: WidgetConfig;
  fetch?: typeof fetch;
  /** How long a framed widget waits for its token before saying so (Nango: 10 s). */
  tokenTimeoutMs?: number;
  slowAfterMs?: number;
  requestTimeoutMs?: number;
  applyTheme?: (input: ThemeInput) => void;
  /** The lazy half of the widget (tests pass the module itself). */
  loadConnect?: () => Promise<ConnectModule>;
  newExternalId?: () => string;
  /**
   * Checks `config.apiURL` against the deployment's configuration (`api-access.ts`) before
   * anything talks to an API; a refusal is final. Off: used as given (tests).
   */
  checkApiURL?: boolean;
}

export interface Widget {
  model: WidgetModel;
  /** Tells the host of a failure no screen of the model shows (the app's own chunk did not load). */
  report: (failure: ApiFailure) => void;
  dispose: () => void;
}

/**
 * The composition root: the only place that wires the bridge, the API client and the model,
 * and the one `dispose()` that takes all of it down.
 */
export function createWidget(options: WidgetOptions): Widget {
  const { window, config } = options;
  const theme = options.applyTheme ?? applyTheme;
  const applySettings = (settings: ConnectUISettings | null) => theme({ theme: config.theme, primary: config.primary, settings });
  const token = signal(config.sessionToken);
  const loadConnect = connectModuleLoader(options.loadConnect);
  const api = lazyApiClient(async () => {
    const { createApiClient } = await loadConnect();
    const clientOptions = { apiURL: config.apiURL, getToken: () => token.value, acceptLanguage, fetch: options.fetch, timeoutMs: options.requestTimeoutMs };
    return createApiClient(clientOptions);
  });
  let channel: WidgetChannel | null = null;
  const model = createWidgetModel({
    config,
    api,
    sendLoadGets: () => sendLoadGets({ apiURL: config.apiURL, token: token.value ?? '', acceptLanguage, fetch: options.fetch }),
    sendProviderGet: (provider) => sendEarlyGet(providerPath(provider), { apiURL: config.apiURL, token: token.value ?? '', acceptLanguage, fetch: options.fetch }),
    requestTimeoutMs: options.requestTimeoutMs,
    token,
    // The host removes this frame on `close`, which a key press asks for on keydown (Escape, Enter
    // on a Close button): posted a task later, that keydown has been handled here whole first.
    emit: (message) => (message.type === 'close' ? window.setTimeout(() => channel?.send(message)) : channel?.send(message)),
    applySettings,
    loadConnect,
    newExternalId: options.newExternalId ?? (() => window.crypto.randomUUID()),
    slowAfterMs: options.slowAfterMs,
    oauth: { window, hostOrigin: () => channel?.hostOrigin() ?? null },
    checkApiAgain: () => checkApiAgain(),
  });

  // Until the deployment has approved the API, a token waits here.
  let heldToken: string | null = null;
  let receiveToken = options.checkApiURL ? (sessionToken: string) => void (heldToken = sessionToken) : model.receiveToken;

  applySettings(null);
  channel = openWidgetChannel({
    window,
    onMessage: (message) => (message.type === 'session_token' ? receiveToken(message.sessionToken) : model.receiveSettings(message.payload)),
  });
  channel.send({ type: 'ready' });
  const stopEscape = listenForEscape(window, model.escape);
  // Inline, the iframe is as tall as the content: the SDK applies each height the widget reports.
  const root = window.document.documentElement;
  const resizes = config.isInline ? new ResizeObserver(() => channel?.send({ type: 'resize', height: Math.ceil(root.getBoundingClientRect().height) })) : null;
  resizes?.observe(root);
  const tokenTimer = window.setTimeout(model.tokenTimedOut, options.tokenTimeoutMs ?? 10_000);
  // Unreachable is no verdict (a flapping network, a CDN blip the browser never calls offline):
  // checked again on every `online` and by itself, ever less often, until reached or disposed.
  let isSettled = false;
  let retryTimer = 0;
  let retryMs = 1000;
  const checkApiAccess = (online?: Event): void => {
    if (online) retryMs = 1000; // the network is back: the next tries come soon again
    void decideApiAccess(config.apiURL, { fetcher: options.fetch })
      .catch(() => ({ ok: false, failure: networkFailure(null) }) as const)
      .then((access) => {
        if (isSettled) return;
        if (!access.ok) {
          model.refuse(access.failure); // the token stays held; a refusal is final
          if (access.failure.errorType === 'network_error') {
            window.clearTimeout(retryTimer);
            retryTimer = window.setTimeout(checkApiAccess, (retryMs = Math.min(retryMs * 2, 30_000)));
            window.addEventListener('online', checkApiAccess, { once: true });
          }
          return;
        }
        stopChecking();
        config.apiURL = access.apiURL;
        receiveToken = model.receiveToken;
        model.recheck(); // from the network's failure screen back to the first one
        model.start();
        if (heldToken !== null) receiveToken(heldToken);
      });
  };
  const checkApiAgain = () => {
    model.recheck();
    checkApiAccess();
  };
  const stopChecking = () => {
    window.clearTimeout(retryTimer);
    window.removeEventListener('online', checkApiAccess);
    isSettled = true;
  };
  if (!options.checkApiURL) model.start();
  else checkApiAccess();

  return {
    model,
    report: (failure) => channel?.send({ type: 'error', payload: errorPayloadFor(failure, '') }),
    dispose: () => {
      window.clearTimeout(tokenTimer);
      stopChecking();
      stopEscape();
      resizes?.disconnect();
      channel?.close();
      model.dispose();
      stopTheme();
    },
  };
}
