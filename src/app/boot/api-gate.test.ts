import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConnectModule } from '../connect-module';
import { createWidget, type Widget } from './widget';
import { parseWidgetConfig } from './widget-config';

// The real widget (`checkApiURL`) talks to no API before its deployment approved the URL's
// apiURL: a connect link naming another origin gets a clear refusal and sends nothing anywhere.

let widget: Widget | null = null;
afterEach(() => {
  widget?.dispose();
  widget = null;
});

/** The deployment's `config.json` served by `fetcher`; the API's answers never come (the load itself never ends here). */
function deployment(configJson: unknown, fetcher: ReturnType<typeof vi.fn<typeof fetch>>): () => Promise<ConnectModule> {
  fetcher.mockImplementation(async (url) =>
    String(url) === 'config.json' ? new Response(JSON.stringify(configJson)) : new Promise<Response>(() => {}),
  );
  // The check is the first chunk's: it needs nothing of the lazy half.
  return () => new Promise<ConnectModule>(() => {});
}

/** Everything the widget posts to its parent until `until` holds. */
function postedUntil(until: (messages: unknown[]) => boolean): Promise<unknown[]> {
  const messages: unknown[] = [];
  return new Promise((resolve) => {
    const collect = (event: MessageEvent) => {
      messages.push(event.data);
      if (until(messages)) {
        window.removeEventListener('message', collect);
        resolve(messages);
      }
    };
    window.addEventListener('message', collect);
  });
}

const linkTo = (apiURL: string | null) => `?session_token=nango_connect_session_abc${apiURL ? `&apiURL=${encodeURIComponent(apiURL)}` : ''}`;

describe('the deployment check', () => {
  it('refuses a connect link naming a foreign API: no request at all, a clear screen, and an error for the host', async () => {
    const fetcher = vi.fn<typeof fetch>();
    const config = parseWidgetConfig(linkTo('https://evil.example'), true);
    const messages = postedUntil((all) => all.length === 2);
    widget = createWidget({ window, config, checkApiURL: true, fetch: fetcher, applyTheme: () => {}, loadConnect: deployment({ apiURLs: ['https://api.test'] }, fetcher) });
    expect(await messages).toEqual([
      { type: 'ready' },
      { type: 'error', payload: expect.objectContaining({ errorType: 'invalid_request', errorCode: 'api_url_not_allowed', errorMessage: expect.stringContaining('https://evil.example') }) },
    ]);
    expect(widget.model.screen.value).toMatchObject({ name: 'fatal', failure: { code: 'api_url_not_allowed' } });
    expect(fetcher.mock.calls.map(([url]) => String(url))).toEqual(['config.json']);
  });

  it('loads from the configured API, the first one when the URL names none', async () => {
    const fetcher = vi.fn<typeof fetch>();
    const config = parseWidgetConfig(linkTo(null), true);
    widget = createWidget({ window, config, checkApiURL: true, fetch: fetcher, applyTheme: () => {}, loadConnect: deployment({ apiURLs: ['https://api.test/prefix', 'https://b.test'] }, fetcher) });
    await vi.waitFor(() => expect(fetcher).toHaveBeenCalledTimes(3));
    expect(fetcher.mock.calls.map(([url]) => String(url))).toEqual(['config.json', 'https://api.test/prefix/connect/session', 'https://api.test/prefix/integrations']);
  });

  it('a config.json that cannot be fetched (offline) talks to no API either, and says it is a network failure', async () => {
    const fetcher = vi.fn<typeof fetch>(() => Promise.reject(new TypeError('Failed to fetch')));
    const config = parseWidgetConfig(linkTo('https://api.test'), true);
    const messages = postedUntil((all) => all.length === 2);
    widget = createWidget({ window, config, checkApiURL: true, fetch: fetcher, applyTheme: () => {}, loadConnect: () => new Promise(() => {}) });
    expect(await messages).toEqual([{ type: 'ready' }, { type: 'error', payload: expect.objectContaining({ errorType: 'network_error' }) }]);
    expect(fetcher.mock.calls.map(([url]) => String(url))).toEqual(['config.json']);
  });
});
