import { afterEach, describe, expect, it, vi } from 'vitest';

// The entry (main.ts) as the built page runs it: the static skeleton of index.html is painted,
// then the script takes over, and the app's chunk draws the same shape over it.

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
  document.documentElement.removeAttribute('data-theme');
  document.documentElement.style.removeProperty('--pb-open-delay');
});

describe('the entry and the app’s chunk', () => {
  it('continue the skeleton’s open animation from the first paint’s time, never asking the page for its animations', async () => {
    document.body.innerHTML = '<div id="app"><div class="pb-backdrop pb-modal" aria-hidden="true"></div></div>';
    vi.stubGlobal('fetch', () => Promise.reject(new Error('offline')));
    // Asking an element for its animations computes the page's style in the boot's task (a forced
    // style pass on a slow phone, before its first frame would do it anyway).
    const getAnimations = vi.fn(() => []);
    Object.defineProperty(HTMLElement.prototype, 'getAnimations', { value: getAnimations, configurable: true });
    const paint = { name: 'first-paint', entryType: 'paint', startTime: 100, duration: 0 } as PerformanceEntry;
    vi.spyOn(performance, 'getEntriesByName').mockImplementation((name) => (name === 'first-paint' ? [paint] : []));
    vi.spyOn(performance, 'now').mockReturnValue(180);
    try {
      await import('./main');
      // The app's chunk takes the skeleton over once it has loaded.
      await vi.waitFor(() => expect(document.getElementById('pb-title')).not.toBeNull());
    } finally {
      delete (HTMLElement.prototype as { getAnimations?: unknown }).getAnimations;
    }
    expect(getAnimations).not.toHaveBeenCalled();
    expect(document.documentElement.style.getPropertyValue('--pb-open-delay')).toBe('-80ms');
    expect(document.documentElement.dataset.theme).toBe('light');
  });
});
