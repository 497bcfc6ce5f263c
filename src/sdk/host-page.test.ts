import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConnectUI } from './connect-ui';
import { Nango } from './nango';
import { openConnectUI } from './open-connect-ui';
import type { ConnectUIOptions } from './options';

// What the widget does to the rest of the host page while it is open, and when it may be called.

const baseURL = 'https://widget.example.com/';
const opened: ConnectUI[] = [];

function widget(options: Partial<ConnectUIOptions> = {}): ConnectUI {
  const ui = new ConnectUI({ baseURL, ...options });
  opened.push(ui);
  return ui;
}

/** A host page: a header, a main with a nested form, and an aside the host had made inert itself. */
function hostPage() {
  document.body.innerHTML = `
    <header><button id="menu">Menu</button></header>
    <main><section><form><button id="save">Save</button></form></section><p>text</p></main>
    <aside inert><button id="hidden">Already inert</button></aside>`;
  return [...document.body.children];
}

const inertState = () => [...document.body.querySelectorAll('*')].map((element) => `${element.tagName}:${element.hasAttribute('inert')}`);

afterEach(() => {
  for (const ui of opened.splice(0)) ui.close();
  document.body.innerHTML = '';
  document.body.removeAttribute('style');
});

describe('the host page behind the open widget', () => {
  it('is inert, except the widget, and comes back exactly as it was on close', () => {
    const [header, main, aside] = hostPage();
    const before = inertState();
    const ui = widget();
    ui.open();
    expect([header, main, aside].map((element) => element?.hasAttribute('inert'))).toEqual([true, true, true]);
    expect(ui.iframe?.hasAttribute('inert')).toBe(false);
    expect(ui.iframe?.parentElement).toBe(document.body);
    ui.close();
    expect(inertState()).toEqual(before);
    expect(aside?.hasAttribute('inert')).toBe(true);
  });

  it('makes inert the siblings of every ancestor of the iframe up to body, not the ancestors', () => {
    hostPage();
    const before = inertState();
    const ui = widget();
    ui.preload();
    document.querySelector('section')?.appendChild(ui.iframe as HTMLIFrameElement); // the host moved it
    ui.open();
    const inert = (selector: string) => document.querySelector(selector)?.hasAttribute('inert');
    expect(['header', 'form', 'p', 'aside'].map(inert)).toEqual([true, true, true, true]);
    expect(['main', 'section', 'iframe'].map(inert)).toEqual([false, false, false]);
    ui.close();
    expect(inertState()).toEqual(before);
  });

  it('a preloaded, hidden widget leaves the page alone', () => {
    const [header] = hostPage();
    const ui = widget();
    ui.preload();
    expect(header?.hasAttribute('inert')).toBe(false);
    ui.open();
    expect(header?.hasAttribute('inert')).toBe(true);
  });

  it('two widgets closed out of order: the page stays locked until the last one closes, then is as before', () => {
    const [header] = hostPage();
    document.body.style.overflow = 'scroll';
    const save = document.getElementById('save') as HTMLButtonElement;
    save.focus();
    const before = inertState();
    const first = widget();
    const second = widget();
    first.open();
    second.open();
    expect(second.iframe?.hasAttribute('inert')).toBe(false);
    first.close();
    expect(document.body.style.overflow).toBe('hidden');
    expect(header?.hasAttribute('inert')).toBe(true);
    expect(second.iframe?.hasAttribute('inert')).toBe(false);
    second.close();
    expect(document.body.style.overflow).toBe('scroll');
    expect(inertState()).toEqual(before);
    expect(document.activeElement).toBe(save);
  });

  it('two widgets closed in order restore the page too', () => {
    hostPage();
    document.body.style.overflow = 'auto';
    const before = inertState();
    const first = widget();
    const second = widget();
    first.open();
    second.open();
    second.close();
    expect(document.body.style.overflow).toBe('hidden');
    first.close();
    expect(document.body.style.overflow).toBe('auto');
    expect(inertState()).toEqual(before);
  });

  it('a widget preloaded while another is open, then opened, is usable (not inert) and the page comes back', () => {
    hostPage();
    const before = inertState();
    const first = widget();
    const second = widget();
    second.preload();
    first.open();
    second.open();
    expect(second.iframe?.hasAttribute('inert')).toBe(false);
    second.close();
    expect(first.iframe?.hasAttribute('inert')).toBe(false);
    first.close();
    expect(inertState()).toEqual(before);
  });

  it('a widget whose iframe the host removed without close() no longer holds the page', () => {
    const [header] = hostPage();
    document.body.style.overflow = 'scroll';
    const stale = widget();
    stale.open();
    stale.iframe?.remove();
    const next = widget();
    next.open();
    next.close();
    expect(document.body.style.overflow).toBe('scroll');
    expect(header?.hasAttribute('inert')).toBe(false);
  });
});

describe('called from a script in <head>, before <body> exists', () => {
  function withoutBody(): HTMLElement {
    const body = document.body;
    body.remove();
    expect(document.body).toBeNull();
    return body;
  }

  function parseBody(body: HTMLElement) {
    document.documentElement.appendChild(body);
    document.dispatchEvent(new Event('DOMContentLoaded'));
  }

  it('openConnectUI() opens the widget once the body is there', () => {
    const body = withoutBody();
    const ui = openConnectUI({ baseURL });
    opened.push(ui);
    expect(ui.iframe).toBeNull();
    parseBody(body);
    expect(ui.iframe?.parentElement).toBe(document.body);
    expect(ui.iframe?.style.visibility).toBe('visible');
    expect(document.body.style.overflow).toBe('hidden');
  });

  it('preload() then open() mount one visible iframe; close() before the body cancels both', () => {
    const body = withoutBody();
    const ui = widget();
    ui.open();
    ui.preload();
    const cancelled = widget();
    cancelled.preload();
    cancelled.close();
    parseBody(body);
    expect(document.querySelectorAll('iframe')).toHaveLength(1);
    expect(ui.iframe?.style.visibility).toBe('visible');
  });
});

describe('baseURL', () => {
  const missing = /baseURL/;

  it('is required: a clear TypeError naming it, before anything is mounted', () => {
    const untyped = openConnectUI as (options?: object) => ConnectUI;
    expect(() => untyped()).toThrow(TypeError);
    expect(() => untyped({ apiURL: 'https://api.example.com' })).toThrow(missing);
    expect(() => new ConnectUI({} as ConnectUIOptions)).toThrow(missing);
    expect(() => new Nango().openConnectUI({} as ConnectUIOptions)).toThrow(missing);
    expect(document.querySelector('iframe')).toBeNull();
  });

  it('is all a Nango user adds: the Nango class opens the widget there with its token', () => {
    const ui = new Nango({ connectSessionToken: 'nango-token' }).openConnectUI({ baseURL });
    opened.push(ui);
    const frame = ui.iframe?.contentWindow ?? null;
    const post = vi.spyOn(frame as Window, 'postMessage');
    window.dispatchEvent(new MessageEvent('message', { data: { type: 'ready' }, origin: 'https://widget.example.com', source: frame }));
    expect(ui.iframe?.src.startsWith(baseURL)).toBe(true);
    expect(post).toHaveBeenCalledWith({ type: 'session_token', sessionToken: 'nango-token' }, 'https://widget.example.com');
  });

  it('the Connect API defaults to Nango Cloud\'s, as in Nango\'s SDK', () => {
    const ui = widget();
    ui.preload();
    expect(new URL(ui.iframe?.src ?? '').searchParams.get('apiURL')).toBe('https://api.nango.dev');
  });
});
