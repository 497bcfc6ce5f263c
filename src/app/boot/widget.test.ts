import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseWidgetConfig } from './widget-config';
import type { ConnectModule } from '../connect-module';
import { createWidget, type Widget } from './widget';

// The composition root, as a connect link opens it (top level, token in the URL): jsdom's window
// is the top-level page, so what the widget posts to its "parent" arrives on this same window.

let widget: Widget | null = null;
afterEach(() => {
  widget?.dispose();
  widget = null;
});

/** What the widget posts within the next moment. */
function posted(): Promise<unknown[]> {
  const messages: unknown[] = [];
  const collect = (event: MessageEvent) => messages.push(event.data);
  window.addEventListener('message', collect);
  return new Promise((resolve) =>
    setTimeout(() => {
      window.removeEventListener('message', collect);
      resolve(messages);
    }, 150),
  );
}

describe('createWidget', () => {
  it('posts ready at once and applies the URL theme before any session', async () => {
    const applyTheme = vi.fn();
    const messages = posted();
    const config = parseWidgetConfig('?theme=dark&primary=%23ff0066', true);
    widget = createWidget({ window, config, applyTheme, loadConnect: () => new Promise(() => {}) });
    expect(await messages).toEqual([{ type: 'ready' }]);
    expect(applyTheme).toHaveBeenCalledWith({ theme: 'dark', primary: '#ff0066', settings: null });
    expect(widget.model.screen.value).toEqual({ name: 'noToken' });
  });

  it('paints the host primary at once, the lazy half never loaded: the colour maths are the first chunk\'s', () => {
    const config = parseWidgetConfig('?theme=light&primary=%230a66c2', true);
    widget = createWidget({ window, config, loadConnect: () => new Promise(() => {}) });
    expect(document.documentElement.style.getPropertyValue('--pb-primary')).toBe('#0a66c2');
  });

  it('paints the list in the session\'s colours from the first chunk, without the lazy half (no zod, no wait)', async () => {
    const config = parseWidgetConfig('?session_token=nango_connect_session_abc&apiURL=https%3A%2F%2Fapi.test&theme=light', true);
    const settings = { theme: { light: { primary: '#ff0066' }, dark: { primary: '#ff0066' } }, defaultTheme: 'light', showWatermark: true };
    const bodies: Record<string, unknown> = {
      '/connect/session': { data: { connectUISettings: settings } },
      '/integrations': { data: [{ unique_key: 'a', provider: 'p', display_name: 'Alpha' }, { unique_key: 'b', provider: 'p', display_name: 'Beta' }] },
    };
    const fetcher = vi.fn<typeof fetch>(async (url) => Response.json(bodies[new URL(String(url)).pathname]));
    const fetchedOn: string[] = [];
    const loadConnect = () => {
      fetchedOn.push(widget?.model.screen.value.name ?? 'none');
      return new Promise<ConnectModule>(() => {});
    };
    widget = createWidget({ window, config, fetch: fetcher, loadConnect });
    await vi.waitFor(() => expect(widget?.model.screen.value).toEqual({ name: 'list' }));
    expect(widget.model.list.matches.value.map((item) => item.display_name)).toEqual(['Alpha', 'Beta']);
    expect(document.documentElement.style.getPropertyValue('--pb-primary')).toBe('#ff0066');
    // The lazy half is fetched afterwards, once the list is painted and the thread idle.
    await vi.waitFor(() => expect(fetchedOn).toEqual(['list']));
  });

  it('a single integration: its provider\'s GET leaves with the lazy half, not after it', async () => {
    const config = parseWidgetConfig('?session_token=nango_connect_session_abc&apiURL=https%3A%2F%2Fapi.test', true);
    const bodies: Record<string, unknown> = {
      '/connect/session': { data: {} },
      '/integrations': { data: [{ unique_key: 'only', provider: 'acme crm', display_name: 'Only' }] },
    };
    const fetcher = vi.fn<typeof fetch>(async (url) => Response.json(bodies[new URL(String(url)).pathname] ?? { data: { auth_mode: 'API_KEY' } }));
    let loadConnectCalls = 0;
    widget = createWidget({ window, config, applyTheme: () => {}, fetch: fetcher, loadConnect: () => ((loadConnectCalls += 1), new Promise<ConnectModule>(() => {})) });
    await vi.waitFor(() => expect(widget?.model.screen.value).toMatchObject({ name: 'openingForm', integration: { unique_key: 'only' } }));
    expect(loadConnectCalls).toBe(1); // still loading
    expect(fetcher.mock.calls.map(([url]) => String(url))).toContain('https://api.test/providers/acme%20crm');
  });

  it('a single integration: its form\'s chunk and provider GET leave before the session\'s colours are worked out', async () => {
    const config = parseWidgetConfig('?session_token=nango_connect_session_abc&apiURL=https%3A%2F%2Fapi.test', true);
    const settings = { theme: { light: { primary: '#ff0066' }, dark: { primary: '#ff0066' } }, defaultTheme: 'light', showWatermark: true };
    const bodies: Record<string, unknown> = {
      '/connect/session': { data: { connectUISettings: settings } },
      '/integrations': { data: [{ unique_key: 'only', provider: 'acme', display_name: 'Only' }] },
    };
    const order: string[] = [];
    const fetcher = vi.fn<typeof fetch>(async (url) => {
      const path = new URL(String(url)).pathname;
      if (path.startsWith('/providers/')) order.push('provider GET');
      return Response.json(bodies[path] ?? { data: { auth_mode: 'API_KEY' } });
    });
    const applyTheme = ({ settings: applied }: { settings: unknown }) => void (applied && order.push('session colours'));
    const loadConnect = () => (order.push('connect chunk'), new Promise<ConnectModule>(() => {}));
    widget = createWidget({ window, config, applyTheme, fetch: fetcher, loadConnect });
    await vi.waitFor(() => expect(widget?.model.screen.value).toMatchObject({ name: 'openingForm' }));
    // The colours are still applied in the same task, before anything paints; only the two
    // requests, which wait on the network, no longer wait for the colour maths too.
    expect(order).toEqual(['provider GET', 'connect chunk', 'session colours']);
  });

  it('starts loading from a connect link’s token', () => {
    const config = parseWidgetConfig('?session_token=nango_connect_session_abc&apiURL=https%3A%2F%2Fapi.test', true);
    widget = createWidget({ window, config, applyTheme: () => {}, fetch: () => new Promise(() => {}), loadConnect: () => new Promise(() => {}) });
    expect(widget.model.screen.value).toEqual({ name: 'loading' });
  });

  it('sends the session and integrations GETs with the token, before the lazy half has loaded', () => {
    const fetcher = vi.fn<typeof fetch>(() => new Promise(() => {}));
    const config = parseWidgetConfig('?session_token=nango_connect_session_abc&apiURL=https%3A%2F%2Fapi.test%2Fprefix', true);
    widget = createWidget({ window, config, applyTheme: () => {}, fetch: fetcher, loadConnect: () => new Promise(() => {}) });
    expect(fetcher.mock.calls.map(([url]) => url)).toEqual(['https://api.test/prefix/connect/session', 'https://api.test/prefix/integrations']);
    expect(fetcher.mock.calls[0]?.[1]?.headers).toMatchObject({ authorization: 'Bearer nango_connect_session_abc' });
  });

  it('closes on Escape, and stops listening once disposed', async () => {
    const config = parseWidgetConfig('', false);
    widget = createWidget({ window, config, applyTheme: () => {}, loadConnect: () => new Promise(() => {}) });
    await posted(); // let `ready` go by
    const beforeDispose = posted();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(await beforeDispose).toEqual([{ type: 'close' }]);
    widget.dispose();
    const afterDispose = posted();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(await afterDispose).toEqual([]);
  });

  it('posts close a task after the keydown that asked for it: the host removes the frame then, and the key event has finished in it', async () => {
    vi.useFakeTimers();
    try {
      widget = createWidget({ window, config: parseWidgetConfig('', false), applyTheme: () => {}, loadConnect: () => new Promise(() => {}) });
      const post = vi.spyOn(window, 'postMessage');
      const escape = new KeyboardEvent('keydown', { key: 'Escape', cancelable: true });
      window.dispatchEvent(escape);
      await Promise.resolve(); // what runs right after the handlers, still within the key event
      expect(escape.defaultPrevented).toBe(true);
      expect(post).not.toHaveBeenCalled();
      vi.advanceTimersByTime(0);
      expect(post.mock.calls.map(([message]) => message)).toEqual([{ type: 'close' }]);
    } finally {
      vi.useRealTimers();
      vi.restoreAllMocks();
    }
  });

  it('a disposed widget never reports the missing token its timer was waiting for', async () => {
    const config = parseWidgetConfig('', false);
    const messages = posted();
    widget = createWidget({ window, config, applyTheme: () => {}, loadConnect: () => new Promise(() => {}), tokenTimeoutMs: 50 });
    widget.dispose();
    expect(await messages).toEqual([{ type: 'ready' }]); // the timer's error would follow it within 150 ms
  });
});
