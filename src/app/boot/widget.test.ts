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

  it('paints the host primary with the colour maths of the lazy half, which the first screen does not carry', async () => {
    const config = parseWidgetConfig('?theme=light&primary=%230a66c2', true);
    let loaded: (module: ConnectModule) => void = () => {};
    widget = createWidget({ window, config, loadConnect: () => new Promise((resolve) => (loaded = resolve)) });
    const primary = () => document.documentElement.style.getPropertyValue('--pb-primary');
    expect(primary()).toBe('');
    loaded(await import('../connect'));
    await vi.waitFor(() => expect(primary()).toBe('#0a66c2'));
  });

  it('paints the host primary once the lazy half loads on a retry, after a first load failed', async () => {
    const config = parseWidgetConfig('?session_token=nango_connect_session_abc&apiURL=https%3A%2F%2Fapi.test&theme=light&primary=%23ff0066', true);
    let attempts = 0;
    vi.resetModules(); // a theme no earlier test has supplied the colour maths to
    const fresh = await import('./widget');
    const loadConnect = async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('offline');
      return import('../connect');
    };
    widget = fresh.createWidget({ window, config, fetch: () => new Promise(() => {}), loadConnect });
    const model = widget.model;
    await vi.waitFor(() => expect(model.screen.value.name).toBe('failure'));
    expect(document.documentElement.style.getPropertyValue('--pb-primary')).toBe('');
    model.retry();
    await vi.waitFor(() => expect(document.documentElement.style.getPropertyValue('--pb-primary')).toBe('#ff0066'));
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
