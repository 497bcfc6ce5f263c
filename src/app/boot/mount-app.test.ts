import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseWidgetConfig } from './widget-config';
import { createWidget, type Widget } from './widget';
import { mountApp, type AppChunk } from './mount-app';

// The entry has posted `ready` before the app's chunk (Preact, the screens) arrives; a chunk that
// cannot load must end in words and a way out, for the user and for the host.

let widget: Widget | null = null;
afterEach(() => {
  widget?.dispose();
  widget = null;
  document.body.replaceChildren();
});

const skeleton = '<div class="pb-backdrop pb-modal" aria-hidden="true"><div class="pb-dialog"><div class="pb-body"><span class="pb-skeleton-row"></span></div></div></div>';

function setUp({ isTopLevel = true, token = true } = {}) {
  document.body.innerHTML = `<div id="app">${skeleton}</div>`;
  const root = document.getElementById('app') as HTMLElement;
  const sent: unknown[] = [];
  const collect = (event: MessageEvent) => sent.push(event.data);
  window.addEventListener('message', collect);
  // jsdom's window is its own parent: what the widget posts to its host arrives here.
  const config = parseWidgetConfig(`?${token ? 'session_token=nango_connect_session_abc&' : ''}apiURL=https%3A%2F%2Fapi.test`, isTopLevel);
  const fetcher = vi.fn<typeof fetch>(() => new Promise(() => {}));
  widget = createWidget({ window, config, fetch: fetcher, applyTheme: () => {}, loadConnect: () => new Promise(() => {}) });
  return { root, config, sent, stop: () => window.removeEventListener('message', collect) };
}

describe('mountApp', () => {
  it('draws the app over the skeleton once its chunk has loaded', async () => {
    const { root, config } = setUp();
    const renderApp = vi.fn<AppChunk['renderApp']>((target) => target.replaceChildren('app'));
    mountApp(root, widget as Widget, config, async () => ({ renderApp }));
    await vi.waitFor(() => expect(root.textContent).toBe('app'));
    expect(renderApp).toHaveBeenCalledWith(root, widget?.model, config);
  });

  it('waits for the token before drawing: a token arriving mid-render would wait for that render', async () => {
    const { root, config } = setUp({ isTopLevel: false, token: false });
    const renderApp = vi.fn<AppChunk['renderApp']>((target) => target.replaceChildren('app'));
    mountApp(root, widget as Widget, config, async () => ({ renderApp }), 60_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(renderApp).not.toHaveBeenCalled(); // the static skeleton still shows
    widget?.model.receiveToken('nango_connect_session_abc');
    expect(renderApp).not.toHaveBeenCalled(); // not in the task that sends the first GETs
    await vi.waitFor(() => expect(root.textContent).toBe('app'));
  });

  it('without a token after a moment (a host that fetches it first), draws the loader anyway', async () => {
    const { root, config } = setUp({ isTopLevel: false, token: false });
    const renderApp = vi.fn<AppChunk['renderApp']>((target) => target.replaceChildren('app'));
    mountApp(root, widget as Widget, config, async () => ({ renderApp }), 20);
    await vi.waitFor(() => expect(root.textContent).toBe('app'));
    expect(widget?.model.screen.value).toEqual({ name: 'awaitingToken' });
  });

  it('a chunk that cannot load: the user reads why and may try again, and the host gets an error event', async () => {
    const { root, config, sent, stop } = setUp();
    let attempts = 0;
    const load = async (): Promise<AppChunk> => {
      attempts += 1;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { renderApp: (target) => target.replaceChildren('app') };
    };
    mountApp(root, widget as Widget, config, load);
    const alert = await vi.waitFor(() => {
      const found = root.querySelector('[role="alert"]');
      if (!found) throw new Error('no alert yet');
      return found;
    });
    expect(alert.textContent).toBe('We couldn’t reach the server. Check your connection and try again.');
    // No longer the skeleton, hidden from assistive technology: the words are read out.
    expect(root.querySelector('[aria-hidden="true"]')).toBeNull();
    const retry = [...root.querySelectorAll('button')].find((button) => button.textContent === 'Try again');
    expect(document.activeElement).toBe(retry);
    await vi.waitFor(() => expect(sent).toContainEqual({ type: 'error', payload: { errorType: 'network_error', errorMessage: 'We couldn’t reach the server. Check your connection and try again.' } }));
    stop();

    retry?.click();
    await vi.waitFor(() => expect(root.textContent).toBe('app'));
    expect(attempts).toBe(2);
  });

  it('framed, Close on that message asks the host to close the widget', async () => {
    const { root, config, sent, stop } = setUp({ isTopLevel: false });
    mountApp(root, widget as Widget, config, () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const close = await vi.waitFor(() => {
      const found = [...root.querySelectorAll('button')].find((button) => button.textContent === 'Close');
      if (!found) throw new Error('no Close yet');
      return found;
    });
    close.click();
    await vi.waitFor(() => expect(sent).toContainEqual({ type: 'close' }));
    stop();
  });
});
