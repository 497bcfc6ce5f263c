import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConnectModule } from '../connect-module';
import { createWidget, type Widget } from './widget';
import { decideApiAccess } from './api-access';
import { parseWidgetConfig } from './widget-config';

// The real widget (`checkApiURL`) talks to no API before its deployment approved the URL's
// apiURL: a connect link naming another origin gets a clear refusal and sends nothing anywhere.

let widget: Widget | null = null;
afterEach(() => {
  widget?.dispose();
  widget = null;
});

/** The lazy half, as far as the check needs it, with the deployment's `config.json` served by `fetcher`. */
function lazyHalf(configJson: unknown, fetcher: ReturnType<typeof vi.fn<typeof fetch>>): () => Promise<ConnectModule> {
  fetcher.mockImplementation(async (url) =>
    String(url) === 'config.json' ? new Response(JSON.stringify(configJson)) : new Promise<Response>(() => {}),
  );
  const module = {
    decideApiAccess: (requested: string) => decideApiAccess(requested, { builtIn: null, fetcher }),
    connectTransition: () => null,
    createEffects: () => ({ list: null, load: () => {}, dispose: () => {}, isDirty: () => false }), // the load itself never ends here
  };
  return async () => module as unknown as ConnectModule;
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
    widget = createWidget({ window, config, checkApiURL: true, fetch: fetcher, applyTheme: () => {}, loadConnect: lazyHalf({ apiURLs: ['https://api.test'] }, fetcher) });
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
    widget = createWidget({ window, config, checkApiURL: true, fetch: fetcher, applyTheme: () => {}, loadConnect: lazyHalf({ apiURLs: ['https://api.test/prefix', 'https://b.test'] }, fetcher) });
    await vi.waitFor(() => expect(fetcher).toHaveBeenCalledTimes(3));
    expect(fetcher.mock.calls.map(([url]) => String(url))).toEqual(['config.json', 'https://api.test/prefix/connect/session', 'https://api.test/prefix/integrations']);
  });

  it('a lazy half that cannot load (offline) talks to no API either, and says it is a network failure', async () => {
    const fetcher = vi.fn<typeof fetch>();
    const config = parseWidgetConfig(linkTo('https://api.test'), true);
    const messages = postedUntil((all) => all.length === 2);
    widget = createWidget({ window, config, checkApiURL: true, fetch: fetcher, applyTheme: () => {}, loadConnect: () => Promise.reject(new Error('offline')) });
    expect(await messages).toEqual([{ type: 'ready' }, { type: 'error', payload: expect.objectContaining({ errorType: 'network_error' }) }]);
    expect(fetcher).not.toHaveBeenCalled();
  });
});
