// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HostMessage } from './messages';
import { openWidgetChannel, type WidgetChannel } from './widget-channel';

/** A window whose parent is another window, as in an iframe. */
function framedWindow() {
  const iframe = document.body.appendChild(document.createElement('iframe'));
  const child = iframe.contentWindow as Window;
  return { child, parent: child.parent };
}

function deliver(target: Window, data: unknown, origin: string, source: Window | null) {
  target.dispatchEvent(new MessageEvent('message', { data, origin, source }));
}

const token = (sessionToken: string) => ({ type: 'session_token', sessionToken });
let channel: WidgetChannel | undefined;

afterEach(() => {
  vi.restoreAllMocks();
  channel?.close();
  document.body.innerHTML = '';
});

describe('openWidgetChannel', () => {
  it('accepts only the parent window, and pins its origin from the first token', () => {
    const { child, parent } = framedWindow();
    const received: HostMessage[] = [];
    channel = openWidgetChannel({ window: child, onMessage: (message) => received.push(message) });
    deliver(child, token('from-sibling'), 'https://host.example', child);
    deliver(child, token('from-nobody'), 'https://host.example', null);
    deliver(child, token('first'), 'https://host.example', parent);
    deliver(child, token('other-origin'), 'https://evil.example', parent);
    deliver(child, token('second'), 'https://host.example', parent);
    expect(received).toEqual([token('first'), token('second')]);
    expect(channel.hostOrigin()).toBe('https://host.example');
  });

  it('pins the origin from a session token only, not from settings sent before it', () => {
    const { child, parent } = framedWindow();
    const received: string[] = [];
    channel = openWidgetChannel({ window: child, onMessage: (message) => received.push(message.type) });
    const settings = { theme: { light: { primary: '#000' }, dark: { primary: '#fff' } }, defaultTheme: 'light', showWatermark: true };
    deliver(child, { type: 'settings_changed', payload: settings }, 'https://before.example', parent);
    expect(channel.hostOrigin()).toBeNull();
    deliver(child, token('t'), 'https://host.example', parent);
    expect(channel.hostOrigin()).toBe('https://host.example');
    expect(received).toEqual(['settings_changed', 'session_token']);
  });

  it('a top-level widget listens to nobody: its own origin is the host, and messages to itself are ignored', () => {
    const onMessage = vi.fn();
    channel = openWidgetChannel({ window, onMessage });
    deliver(window, token('self-posted'), window.location.origin, window);
    expect(onMessage).not.toHaveBeenCalled();
    expect(channel.hostOrigin()).toBe(window.location.origin);
  });

  it('ignores malformed messages without throwing', () => {
    const { child, parent } = framedWindow();
    const onMessage = vi.fn();
    channel = openWidgetChannel({ window: child, onMessage });
    for (const junk of [null, 1, 'x', {}, { type: 'session_token' }, { type: 'session_token', sessionToken: '' }, { type: 'nope' }]) {
      expect(() => deliver(child, junk, 'https://host.example', parent)).not.toThrow();
    }
    expect(onMessage).not.toHaveBeenCalled();
    expect(channel.hostOrigin()).toBeNull();
  });

  it('posts to the pinned origin only; before pinning only messages that carry nothing go out', () => {
    const { child, parent } = framedWindow();
    const post = vi.spyOn(parent, 'postMessage').mockImplementation(() => {});
    channel = openWidgetChannel({ window: child, onMessage: () => {} });
    channel.send({ type: 'ready' });
    channel.send({ type: 'resize', height: 400 });
    channel.send({ type: 'error', payload: { errorType: 'unknown_error', errorMessage: 'x' } });
    channel.send({ type: 'step', payload: { name: 'view:integration', integration: 'k' } });
    deliver(child, token('t'), 'https://host.example', parent);
    channel.send({ type: 'connect', payload: { providerConfigKey: 'k', connectionId: 'c' } });
    expect(post.mock.calls).toEqual([
      [{ type: 'ready' }, '*'],
      [{ type: 'resize', height: 400 }, '*'],
      [{ type: 'connect', payload: { providerConfigKey: 'k', connectionId: 'c' } }, 'https://host.example'],
    ]);
  });

  it('tells the host that no token came even where the browser does not name the embedder (no ancestorOrigins)', () => {
    const { child, parent } = framedWindow();
    expect(child.location.ancestorOrigins).toBeUndefined(); // jsdom, like Firefox
    const post = vi.spyOn(parent, 'postMessage').mockImplementation(() => {});
    channel = openWidgetChannel({ window: child, onMessage: () => {} });
    const missing = { type: 'error', payload: { errorType: 'missing_connect_session_token', errorMessage: 'No session token arrived.' } } as const;
    channel.send(missing);
    channel.send({ type: 'error', payload: { errorType: 'session_expired', errorMessage: 'x' } });
    expect(post.mock.calls).toEqual([[missing, '*']]);
  });

  it('a sandboxed host (origin "null") never makes it throw; its token is not taken, as no reply could reach it alone', () => {
    const { child, parent } = framedWindow();
    Object.defineProperty(child.location, 'ancestorOrigins', { value: ['null'], configurable: true });
    // As browsers do: "null" is not a valid target origin.
    const post = vi.spyOn(parent, 'postMessage').mockImplementation((_message: unknown, target?: unknown) => {
      if (target === 'null') throw new DOMException('Invalid target origin', 'SyntaxError');
    });
    const received: HostMessage[] = [];
    expect(() => (channel = openWidgetChannel({ window: child, onMessage: (message) => received.push(message) }))).not.toThrow();
    expect(() => channel?.send({ type: 'ready' })).not.toThrow();
    expect(() => deliver(child, token('t'), 'null', parent)).not.toThrow();
    expect(channel?.hostOrigin()).toBeNull();
    expect(received).toEqual([]);
    expect(() => channel?.send({ type: 'connect', payload: { providerConfigKey: 'k', connectionId: 'c' } })).not.toThrow();
    expect(post.mock.calls).toEqual([[{ type: 'ready' }, '*']]);
  });
});
