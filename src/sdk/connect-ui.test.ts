import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConnectUI } from './connect-ui';
import type { ConnectUIEvent } from './options';

const baseURL = 'https://widget.example.com/';
const widgetOrigin = 'https://widget.example.com';

/** Delivers a message to the host page as if the widget (or someone else) had posted it. */
function deliver(data: unknown, { origin = widgetOrigin, source }: { origin?: string; source: Window | null }) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  document.body.removeAttribute('style');
});

describe('ConnectUI', () => {
  it('mounts one iframe, and a second open() does nothing', () => {
    const ui = new ConnectUI({ baseURL });
    ui.open();
    ui.open();
    expect(document.querySelectorAll('iframe')).toHaveLength(1);
    expect(ui.iframe?.src).toContain('https://widget.example.com/?apiURL=');
  });

  it('replaces an iframe the page removed behind its back', () => {
    const ui = new ConnectUI({ baseURL });
    ui.open();
    ui.iframe?.remove();
    ui.open();
    expect(document.querySelectorAll('iframe')).toHaveLength(1);
    expect(ui.iframe?.isConnected).toBe(true);
  });

  it('leaves nothing behind after close(): no iframe, no listener, the previous overflow', () => {
    document.body.style.overflow = 'scroll';
    const onEvent = vi.fn();
    const ui = new ConnectUI({ baseURL, onEvent });
    ui.open();
    const source = ui.iframe?.contentWindow ?? null;
    expect(document.body.style.overflow).toBe('hidden');
    ui.close();
    ui.close();
    expect(document.querySelector('iframe')).toBeNull();
    expect(document.body.style.overflow).toBe('scroll');
    deliver({ type: 'ready' }, { source });
    expect(onEvent).not.toHaveBeenCalled();
  });

  it('returns focus to the element that had it', () => {
    const button = document.body.appendChild(document.createElement('button'));
    button.focus();
    const ui = new ConnectUI({ baseURL });
    ui.open();
    ui.close();
    expect(document.activeElement).toBe(button);
  });

  it('sends the token on ready, to the widget origin only, and again when it changes', () => {
    const ui = new ConnectUI({ baseURL, sessionToken: 'first' });
    ui.open();
    const frame = ui.iframe?.contentWindow ?? null;
    const post = vi.spyOn(frame as Window, 'postMessage');
    deliver({ type: 'ready' }, { source: frame });
    ui.setSessionToken('second');
    expect(post.mock.calls).toEqual([
      [{ type: 'session_token', sessionToken: 'first' }, widgetOrigin],
      [{ type: 'session_token', sessionToken: 'second' }, widgetOrigin],
    ]);
  });

  it('ignores messages from another origin or another window', () => {
    const events: ConnectUIEvent[] = [];
    const ui = new ConnectUI({ baseURL, onEvent: (event) => void events.push(event) });
    ui.open();
    deliver({ type: 'close' }, { origin: 'https://evil.example', source: ui.iframe?.contentWindow ?? null });
    deliver({ type: 'close' }, { source: window });
    deliver({ type: 'close' }, { source: null });
    expect(events).toEqual([]);
    expect(ui.iframe?.isConnected).toBe(true);
  });

  it('closes itself on the widget\'s close, then tells the host', () => {
    const events: string[] = [];
    const ui = new ConnectUI({ baseURL, onEvent: (event) => void events.push(`${event.type}:${ui.iframe ? 'mounted' : 'gone'}`) });
    ui.open();
    deliver({ type: 'close' }, { source: ui.iframe?.contentWindow ?? null });
    expect(events).toEqual(['close:gone']);
  });

  it('survives a host handler that throws, and reports it', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ui = new ConnectUI({
      baseURL,
      onEvent: () => {
        throw new Error('host bug');
      },
    });
    ui.open();
    expect(() => deliver({ type: 'ready' }, { source: ui.iframe?.contentWindow ?? null })).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(error).toHaveBeenCalledWith('Plugboard: onEvent threw', new Error('host bug'));
  });

  it('survives an async host handler that rejects, and reports it', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ui = new ConnectUI({ baseURL, onEvent: () => Promise.reject(new Error('async host bug')) });
    ui.open();
    deliver({ type: 'ready' }, { source: ui.iframe?.contentWindow ?? null });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(error).toHaveBeenCalledWith('Plugboard: onEvent threw', new Error('async host bug'));
  });

  it('holds a token set before the widget is ready and sends only the latest, once, on ready', () => {
    const ui = new ConnectUI({ baseURL, sessionToken: 'first' });
    ui.open();
    const frame = ui.iframe?.contentWindow ?? null;
    const post = vi.spyOn(frame as Window, 'postMessage');
    ui.setSessionToken('second');
    expect(post).not.toHaveBeenCalled();
    deliver({ type: 'ready' }, { source: frame });
    expect(post.mock.calls).toEqual([[{ type: 'session_token', sessionToken: 'second' }, widgetOrigin]]);
  });

  it('preload() mounts the iframe hidden and without locking the page; open() reveals it', () => {
    const ui = new ConnectUI({ baseURL });
    ui.preload();
    expect(ui.iframe?.style.visibility).toBe('hidden');
    expect(ui.iframe?.hasAttribute('inert')).toBe(true); // out of the accessibility tree and of the tab order
    expect(document.body.style.overflow).toBe('');
    const preloaded = ui.iframe;
    ui.open();
    expect(ui.iframe).toBe(preloaded);
    expect(ui.iframe?.style.visibility).toBe('visible');
    expect(document.body.style.overflow).toBe('hidden');
  });
});

describe('ConnectUI when the widget does not load', () => {
  afterEach(() => vi.useRealTimers());

  function openWithButton(options: { readyTimeout?: number } = {}) {
    document.body.style.overflow = 'scroll';
    const button = document.body.appendChild(document.createElement('button'));
    button.focus();
    const events: ConnectUIEvent[] = [];
    const ui = new ConnectUI({ baseURL, onEvent: (event) => void events.push(event), ...options });
    ui.open();
    return { ui, button, events, source: ui.iframe?.contentWindow ?? null };
  }

  function expectPageRestored(button: HTMLButtonElement) {
    expect(document.querySelector('iframe')).toBeNull();
    expect(document.body.style.overflow).toBe('scroll');
    expect(button.hasAttribute('inert')).toBe(false);
    expect(document.activeElement).toBe(button);
  }

  const unavailable = { type: 'error', payload: { errorType: 'widget_unavailable', errorMessage: expect.stringContaining(widgetOrigin) } };

  it('gives up after 15 s without ready: the overlay goes, the page comes back, one error', () => {
    vi.useFakeTimers();
    const { ui, button, events, source } = openWithButton();
    vi.advanceTimersByTime(14_999);
    expect(ui.iframe?.isConnected).toBe(true);
    vi.advanceTimersByTime(1);
    expectPageRestored(button);
    expect(ui.iframe).toBeNull();
    deliver({ type: 'ready' }, { source });
    vi.advanceTimersByTime(60_000);
    expect(events).toEqual([unavailable]);
  });

  it('gives up at once when the iframe fails, and only once', () => {
    vi.useFakeTimers();
    const { ui, button, events } = openWithButton();
    const iframe = ui.iframe;
    iframe?.dispatchEvent(new Event('error'));
    iframe?.dispatchEvent(new Event('error'));
    vi.advanceTimersByTime(60_000);
    expectPageRestored(button);
    expect(events).toEqual([unavailable]);
  });

  it('waits as long as readyTimeout says, and not at all once ready', () => {
    vi.useFakeTimers();
    const slow = openWithButton({ readyTimeout: 40_000 });
    vi.advanceTimersByTime(39_999);
    expect(slow.events).toEqual([]);
    deliver({ type: 'ready' }, { source: slow.source });
    vi.advanceTimersByTime(60_000);
    expect(slow.events).toEqual([{ type: 'ready' }]);
    expect(slow.ui.iframe?.isConnected).toBe(true);
    slow.ui.close();
  });

  it('a preloaded widget that does not load is dropped and reported, and open() tries again', () => {
    vi.useFakeTimers();
    const events: ConnectUIEvent[] = [];
    const ui = new ConnectUI({ baseURL, onEvent: (event) => void events.push(event) });
    ui.preload();
    vi.advanceTimersByTime(15_000);
    expect(document.querySelector('iframe')).toBeNull();
    expect(events).toEqual([unavailable]);
    ui.open();
    expect(ui.iframe?.isConnected).toBe(true);
    ui.close();
  });
});

describe('ConnectUI after the host removed its iframe', () => {
  it('preload() drops the old listener and unlocks the page', () => {
    const added = vi.spyOn(window, 'addEventListener');
    const removed = vi.spyOn(window, 'removeEventListener');
    const messageListeners = () =>
      added.mock.calls.filter(([type]) => type === 'message').length - removed.mock.calls.filter(([type]) => type === 'message').length;
    const ui = new ConnectUI({ baseURL });
    ui.open();
    ui.iframe?.remove();
    ui.preload();
    expect(messageListeners()).toBe(1);
    expect(document.body.style.overflow).toBe('');
    ui.close();
    expect(messageListeners()).toBe(0);
    added.mockRestore();
    removed.mockRestore();
  });
});

describe('ConnectUI inline (container)', () => {
  function hostPage() {
    document.body.innerHTML = '<button id="before">Before</button><section><div id="slot"></div></section><button id="after">After</button>';
    return document.getElementById('slot') as HTMLElement;
  }

  it.each([['an element', () => document.getElementById('slot') as Element], ['a selector', () => '#slot']])('mounts inside the container given as %s: no overlay, no lock, no inert page, focus untouched', (_label, container) => {
    const slot = hostPage();
    const before = document.getElementById('before') as HTMLButtonElement;
    before.focus();
    const ui = new ConnectUI({ baseURL, container: container() });
    ui.open();
    expect(ui.iframe?.parentElement).toBe(slot);
    expect(new URL(ui.iframe?.src ?? '').searchParams.get('inline')).toBe('true');
    expect([ui.iframe?.style.position, ui.iframe?.style.width]).toEqual(['', '100%']);
    expect(document.body.style.overflow).toBe('');
    expect(document.querySelectorAll('[inert]')).toHaveLength(0);
    expect(document.activeElement).toBe(before);
    ui.close();
  });

  it('follows the widget\'s height, keeps resize to itself, and forgets it all on close', () => {
    hostPage();
    const events: ConnectUIEvent[] = [];
    const ui = new ConnectUI({ baseURL, container: '#slot', onEvent: (event) => void events.push(event) });
    ui.open();
    const iframe = ui.iframe as HTMLIFrameElement;
    const source = iframe.contentWindow;
    deliver({ type: 'resize', height: 512.5 }, { source });
    expect(iframe.style.height).toBe('512.5px');
    deliver({ type: 'resize', height: -1 }, { source });
    deliver({ type: 'resize', height: '9999' }, { source });
    expect(iframe.style.height).toBe('512.5px');
    ui.close();
    expect(document.querySelector('iframe')).toBeNull();
    deliver({ type: 'resize', height: 100 }, { source });
    deliver({ type: 'ready' }, { source });
    expect(iframe.style.height).toBe('512.5px');
    expect(events).toEqual([]);
  });

  it('a container that matches nothing is a TypeError naming it', () => {
    hostPage();
    expect(() => new ConnectUI({ baseURL, container: '#missing' }).open()).toThrow(/#missing/);
    expect(document.querySelector('iframe')).toBeNull();
  });

  it('as a modal, ignores a resize message and passes step events on, typed', () => {
    const events: ConnectUIEvent[] = [];
    const ui = new ConnectUI({ baseURL, events: 'all', onEvent: (event) => void events.push(event) });
    ui.open();
    const source = ui.iframe?.contentWindow ?? null;
    deliver({ type: 'resize', height: 10 }, { source });
    deliver({ type: 'step', payload: { name: 'view:integration', integration: 'github', typed: 'secret' } }, { source });
    deliver({ type: 'step', payload: { name: 'not-a-step' } }, { source });
    expect(ui.iframe?.style.height).toBe('100%');
    expect(events).toEqual([{ type: 'step', payload: { name: 'view:integration', integration: 'github' } }]);
    ui.close();
  });
});
