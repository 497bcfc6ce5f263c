import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnectModule } from '../connect-module';
import { App } from '../shell/App';
import { createWidget, type Widget } from './widget';
import { parseWidgetConfig } from './widget-config';

// A deployment's config.json that cannot be reached is no verdict: the widget must get past it once
// it can be reached again, whether the browser reports a return online or not, and the user has a
// way out meanwhile. A connect link (top level, token in the URL) posts to its own window here.

let widget: Widget | null = null;
let reachable = false;
const fetcher = vi.fn<typeof fetch>();
const configFetches = () => fetcher.mock.calls.filter(([url]) => String(url) === 'config.json').length;
const sessionFetches = () => fetcher.mock.calls.filter(([url]) => String(url).endsWith('/connect/session')).length;
/** What the widget posted to the host (its parent is its own window at top level). */
const posted = () => vi.mocked(window.postMessage).mock.calls.map(([message]) => message as { type: string; payload?: { errorType: string } });
const errorTypes = () => posted().flatMap((message) => (message.type === 'error' ? [message.payload?.errorType] : []));

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(window, 'postMessage');
  reachable = false;
  fetcher.mockReset();
  // config.json while the network is down rejects like `fetch` does; the API's answers never come.
  fetcher.mockImplementation(async (url) => {
    if (String(url) !== 'config.json') return new Promise<Response>(() => {});
    if (!reachable) throw new TypeError('Failed to fetch');
    return Response.json({ apiURLs: ['https://api.test'] });
  });
});

afterEach(() => {
  cleanup();
  widget?.dispose();
  widget = null;
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function openConnectLink(): Widget {
  const config = parseWidgetConfig('?session_token=nango_connect_session_abc&apiURL=https%3A%2F%2Fapi.test', true);
  widget = createWidget({ window, config, checkApiURL: true, fetch: fetcher, applyTheme: () => {}, loadConnect: () => new Promise<ConnectModule>(() => {}) });
  return widget;
}

/** Lets the pending checks settle, then `ms` of time pass. */
const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);

describe('an unreachable config.json', () => {
  it('a connect link goes on once the browser is back online and the file can be reached', async () => {
    const { model } = openConnectLink();
    await wait(0);
    expect(model.screen.value).toMatchObject({ name: 'fatal', failure: { errorType: 'network_error' } });
    reachable = true;
    window.dispatchEvent(new Event('online'));
    await wait(0);
    expect(sessionFetches()).toBe(1);
    expect(model.screen.value).toEqual({ name: 'loading' });
  });

  it('still unreachable when the browser says it is back online: the widget keeps checking, goes on once it can, and tells the host once', async () => {
    const { model } = openConnectLink();
    await wait(0);
    window.dispatchEvent(new Event('online')); // the network flaps: not really back yet
    await wait(0);
    expect(configFetches()).toBe(2);
    expect(model.screen.value).toMatchObject({ name: 'fatal', failure: { errorType: 'network_error' } });
    reachable = true;
    await wait(60_000); // no further `online` event comes
    expect(sessionFetches()).toBe(1);
    expect(model.screen.value).toEqual({ name: 'loading' });
    expect(errorTypes()).toEqual(['network_error']);
  });

  it('unreachable while the browser reports online all along (a CDN blip): the widget checks again by itself', async () => {
    const { model } = openConnectLink();
    await wait(0);
    reachable = true;
    await wait(60_000);
    expect(configFetches()).toBeGreaterThan(1);
    expect(sessionFetches()).toBe(1);
    expect(model.screen.value).toEqual({ name: 'loading' });
  });

  it('keeps checking while it stays unreachable, less and less often but at least every 30 s (the screen and the host hear nothing new)', async () => {
    const { model } = openConnectLink();
    await wait(0);
    await wait(60_000);
    const inFirstMinute = configFetches() - 1;
    await wait(60_000);
    const inSecondMinute = configFetches() - 1 - inFirstMinute;
    expect(inFirstMinute).toBeGreaterThan(1);
    expect(inSecondMinute).toBeGreaterThan(0);
    expect(inSecondMinute).toBeLessThan(inFirstMinute);
    await wait(600_000); // however long it lasts, at least every 30 s
    const before = configFetches();
    await wait(60_000);
    expect(configFetches() - before).toBeGreaterThanOrEqual(2);
    expect(model.screen.value).toMatchObject({ name: 'fatal', failure: { errorType: 'network_error' } });
    expect(errorTypes()).toEqual(['network_error']);
  });

  it('the screen offers Try again: it checks at once, shows the loader, and goes on once reachable', async () => {
    const { model } = openConnectLink();
    render(<App model={model} config={parseWidgetConfig('', true)} />);
    await wait(0);
    expect(screen.getByRole('alert').textContent).toContain('couldn’t reach the server');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(model.screen.value).toEqual({ name: 'loading' });
    await wait(0);
    // Still unreachable: the failure again, a new attempt of the user's that the host hears of.
    expect(configFetches()).toBe(2);
    expect(screen.getByRole('alert').textContent).toContain('couldn’t reach the server');
    expect(errorTypes()).toEqual(['network_error', 'network_error']);
    reachable = true;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await wait(0);
    expect(sessionFetches()).toBe(1);
  });

  it('a refusal that is no network failure offers no Try again and is not checked again', async () => {
    fetcher.mockImplementation(async () => Response.json({ apiURLs: ['https://other.test'] }));
    const { model } = openConnectLink();
    render(<App model={model} config={parseWidgetConfig('', true)} />);
    await wait(0);
    expect(model.screen.value).toMatchObject({ name: 'fatal', failure: { code: 'api_url_not_allowed' } });
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    window.dispatchEvent(new Event('online'));
    await wait(60_000);
    expect(configFetches()).toBe(1);
  });

  it('a disposed widget checks no more, on a timer or on `online`', async () => {
    openConnectLink().dispose();
    await wait(0);
    window.dispatchEvent(new Event('online'));
    await wait(60_000);
    expect(configFetches()).toBe(1);
  });
});
