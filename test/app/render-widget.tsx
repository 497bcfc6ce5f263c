import { signal } from '@preact/signals';
import { configure, render } from '@testing-library/preact';
import type { WidgetMessage } from '../../src/protocol/messages';
import { createApiClient } from '../../src/client/http';
import { providerPath, sendEarlyGet, sendLoadGets } from '../../src/client/early-get';
import { App } from '../../src/app/shell/App';
import { parseWidgetConfig, type WidgetConfig } from '../../src/app/boot/widget-config';
import { createWidgetModel, type WidgetModel } from '../../src/app/machine/machine';
import { apiURL } from './api-server';

// Two cores shared with browsers and servers: give screens time to appear rather than flake.
configure({ asyncUtilTimeout: 5000 });

/** Loads the lazy half once, before the first test, so no test pays for its transform. */
export const preloadConnect = () => import('../../src/app/connect');

export interface RenderOptions {
  /** Extra query parameters of the widget URL. */
  query?: string;
  token?: string | null;
  slowAfterMs?: number;
  requestTimeoutMs?: number;
  strandedAfterMs?: number;
  /** The lazy half's loader; the real chunk by default. */
  loadConnect?: () => Promise<typeof import('../../src/app/connect')>;
}

export interface RenderedWidget {
  model: WidgetModel;
  config: WidgetConfig;
  events: WidgetMessage[];
  settings: unknown[];
  unmount: () => void;
}

/**
 * The widget as the composition root builds it — real model, real API client over `fetch` (MSW
 * answers), real lazy half — with the host's end of the bridge replaced by a list of events.
 */
export function renderWidget({ query = '', token = null, slowAfterMs = 3000, requestTimeoutMs = 20_000, strandedAfterMs, loadConnect = () => import('../../src/app/connect') }: RenderOptions = {}): RenderedWidget {
  const config = parseWidgetConfig(`?apiURL=${encodeURIComponent(apiURL)}${query}`, false);
  const events: WidgetMessage[] = [];
  const settings: unknown[] = [];
  const tokenSignal = signal<string | null>(null);
  const api = createApiClient({ apiURL: config.apiURL, getToken: () => tokenSignal.value, acceptLanguage: () => 'fr-FR', timeoutMs: requestTimeoutMs });
  const model = createWidgetModel({
    config,
    api,
    // As the composition root does: the first chunk sends and reads the first load's GETs.
    sendLoadGets: () => sendLoadGets({ apiURL: config.apiURL, token: tokenSignal.value ?? '', acceptLanguage: () => 'fr-FR' }),
    sendProviderGet: (provider) => sendEarlyGet(providerPath(provider), { apiURL: config.apiURL, token: tokenSignal.value ?? '', acceptLanguage: () => 'fr-FR' }),
    requestTimeoutMs,
    token: tokenSignal,
    emit: (message) => void events.push(message),
    applySettings: (value) => void settings.push(value),
    loadConnect,
    newExternalId: () => 'external-id-1',
    slowAfterMs,
    strandedAfterMs,
  });
  const { unmount } = render(<App model={model} config={config} />);
  model.start();
  if (token) model.receiveToken(token);
  return { model, config, events, settings, unmount };
}
