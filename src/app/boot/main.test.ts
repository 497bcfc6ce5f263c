import { afterEach, describe, expect, it, vi } from 'vitest';

// The entry (main.ts) as the built page runs it: the static skeleton of index.html is painted,
// then the script takes over. It reads how far the skeleton's open animation has got; asked after
// the widget has written its theme and language on <html>, that read makes the browser restyle the
// whole page inside the boot's task (a forced style pass), which the app then replaces anyway.

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
  document.documentElement.removeAttribute('data-theme');
});

describe('the entry', () => {
  it('reads the skeleton’s animation before anything changes the page’s style', async () => {
    document.body.innerHTML = '<div id="app"><div class="pb-backdrop pb-modal" aria-hidden="true"></div></div>';
    vi.stubGlobal('fetch', () => Promise.reject(new Error('offline')));
    const themeWhenRead: Array<string | undefined> = [];
    const getAnimations = vi.fn(() => {
      themeWhenRead.push(document.documentElement.dataset.theme);
      return [];
    });
    Object.defineProperty(HTMLElement.prototype, 'getAnimations', { value: getAnimations, configurable: true });
    try {
      await import('./main');
    } finally {
      delete (HTMLElement.prototype as { getAnimations?: unknown }).getAnimations;
    }
    expect(themeWhenRead).toEqual([undefined]);
    expect(document.documentElement.dataset.theme).toBe('light');
    // The app's chunk takes the skeleton over once it has loaded.
    await vi.waitFor(() => expect(document.getElementById('pb-title')).not.toBeNull());
  });
});
