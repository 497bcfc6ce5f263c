import { act, createElement, StrictMode, useEffect, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ConnectUIEvent, ConnectUIOptions } from '../../sdk/index';
import { ConnectButton, useConnectUI, type UseConnectUI } from './index';

// Every test renders under <StrictMode>, which mounts, unmounts and mounts again, and runs every
// effect twice: what a React app in development does.

const baseURL = 'https://widget.example.com/';
const widgetOrigin = 'https://widget.example.com';

let root: Root | null = null;
let container: HTMLElement;

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

afterEach(() => {
  if (root) act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  document.body.removeAttribute('style');
});

function render(element: ReactElement): void {
  const strict = createElement(StrictMode, null, element);
  if (root) {
    act(() => root?.render(strict));
    return;
  }
  container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
  act(() => root?.render(strict));
}

const iframes = () => document.querySelectorAll('iframe');

/** A message from the widget in the page's one iframe. */
function fromWidget(data: ConnectUIEvent): void {
  const source = iframes()[0]?.contentWindow ?? null;
  act(() => void window.dispatchEvent(new MessageEvent('message', { data, origin: widgetOrigin, source })));
}

/** A component that opens the widget as it mounts, and shows what the hook returns. */
let hook: UseConnectUI;
function OpensOnMount(options: ConnectUIOptions) {
  hook = useConnectUI(options);
  const { open } = hook;
  useEffect(() => open(), [open]);
  return createElement('p', null, hook.state);
}

describe('useConnectUI under StrictMode', () => {
  it('opened by an effect: one iframe, one listener (each event reaches onEvent once)', () => {
    const onEvent = vi.fn();
    render(createElement(OpensOnMount, { baseURL, onEvent }));
    expect(iframes()).toHaveLength(1);
    fromWidget({ type: 'ready' });
    expect(onEvent.mock.calls).toEqual([[{ type: 'ready' }]]);
    expect(container.textContent).toBe('ready');
  });

  it('unmounting closes the widget and gives the page back', () => {
    render(createElement(OpensOnMount, { baseURL }));
    expect(document.body.style.overflow).toBe('hidden');
    act(() => root?.unmount());
    root = null;
    expect(iframes()).toHaveLength(0);
    expect(document.body.style.overflow).toBe('');
    expect(document.querySelectorAll('[inert]')).toHaveLength(0);
  });

  it('a new onEvent does not reopen the widget; the new callback receives the next event, the old one nothing', () => {
    const first = vi.fn();
    const second = vi.fn();
    render(createElement(OpensOnMount, { baseURL, onEvent: first }));
    const iframe = iframes()[0];
    render(createElement(OpensOnMount, { baseURL, onEvent: second }));
    expect([...iframes()]).toEqual([iframe]);
    fromWidget({ type: 'connect', payload: { providerConfigKey: 'github', connectionId: 'c-1' } });
    expect(first).not.toHaveBeenCalled();
    expect(second.mock.calls).toEqual([[{ type: 'connect', payload: { providerConfigKey: 'github', connectionId: 'c-1' } }]]);
    expect(container.textContent).toBe('connected');
  });

  it('a new sessionToken goes to the open widget without reopening it', () => {
    render(createElement(OpensOnMount, { baseURL, sessionToken: 'first' }));
    const iframe = iframes()[0];
    const post = vi.spyOn(iframe.contentWindow as Window, 'postMessage');
    fromWidget({ type: 'ready' });
    render(createElement(OpensOnMount, { baseURL, sessionToken: 'second' }));
    expect([...iframes()]).toEqual([iframe]);
    expect(post.mock.calls).toEqual([
      [{ type: 'session_token', sessionToken: 'first' }, widgetOrigin],
      [{ type: 'session_token', sessionToken: 'second' }, widgetOrigin],
    ]);
  });

  it('other new options (here lang) leave the open widget alone and apply from the next open()', () => {
    render(createElement(OpensOnMount, { baseURL, lang: 'de' }));
    const iframe = iframes()[0];
    render(createElement(OpensOnMount, { baseURL, lang: 'fr' }));
    expect([...iframes()]).toEqual([iframe]);
    expect(new URL(iframe.src).searchParams.get('lang')).toBe('de');
    act(() => hook.close());
    act(() => hook.open());
    expect(new URL(iframes()[0].src).searchParams.get('lang')).toBe('fr');
  });

  it('setSessionToken before the widget is ready: the token is sent on ready', () => {
    render(createElement(OpensOnMount, { baseURL }));
    const post = vi.spyOn(iframes()[0].contentWindow as Window, 'postMessage');
    act(() => hook.setSessionToken('late'));
    fromWidget({ type: 'ready' });
    expect(post.mock.calls).toEqual([[{ type: 'session_token', sessionToken: 'late' }, widgetOrigin]]);
  });

  it('state follows the widget: opening, ready, error, connected; closed when the user closes it, and open() opens anew', () => {
    render(createElement(OpensOnMount, { baseURL }));
    expect(container.textContent).toBe('opening');
    fromWidget({ type: 'ready' });
    expect(container.textContent).toBe('ready');
    fromWidget({ type: 'error', payload: { errorType: 'connection_test_failed', errorMessage: 'no' } });
    expect(container.textContent).toBe('error');
    fromWidget({ type: 'connect', payload: { providerConfigKey: 'github', connectionId: 'c-1' } });
    expect(container.textContent).toBe('connected');
    fromWidget({ type: 'close' });
    expect(container.textContent).toBe('closed');
    expect(iframes()).toHaveLength(0);
    act(() => hook.open());
    expect(iframes()).toHaveLength(1);
    expect(container.textContent).toBe('opening');
    act(() => hook.close());
    expect(iframes()).toHaveLength(0);
    expect(container.textContent).toBe('closed');
  });
});

describe('<ConnectButton> under StrictMode', () => {
  it('is a real button that opens one widget when clicked, and none before', () => {
    const onEvent = vi.fn();
    render(createElement(ConnectButton, { baseURL, sessionToken: 'tok', onEvent }, 'Connect CRM'));
    const button = container.querySelector('button');
    expect(button?.type).toBe('button');
    expect(button?.textContent).toBe('Connect CRM');
    expect(iframes()).toHaveLength(0);
    act(() => button?.click());
    act(() => button?.click());
    expect(iframes()).toHaveLength(1);
    fromWidget({ type: 'ready' });
    expect(onEvent.mock.calls).toEqual([[{ type: 'ready' }]]);
    act(() => root?.unmount());
    root = null;
    expect(iframes()).toHaveLength(0);
  });

  it('says "Connect an account" without a label', () => {
    render(createElement(ConnectButton, { baseURL }));
    expect(container.querySelector('button')?.textContent).toBe('Connect an account');
  });
});
