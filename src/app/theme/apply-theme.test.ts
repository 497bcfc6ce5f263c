import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnectUISettings } from '../../protocol';
import { applyTheme, stopTheme } from './apply-theme';
import { resolvedTheme, showWatermark } from './theme-state';

type Listener = () => void;

/** A matchMedia whose dark preference the test flips, counting live listeners. */
function fakeSystem(prefersDark: boolean) {
  const listeners = new Set<Listener>();
  const state = { prefersDark };
  vi.stubGlobal('matchMedia', () => ({
    get matches() {
      return state.prefersDark;
    },
    addEventListener: (_type: string, listener: Listener) => listeners.add(listener),
    removeEventListener: (_type: string, listener: Listener) => listeners.delete(listener),
  }));
  return {
    listeners,
    flip(dark: boolean) {
      state.prefersDark = dark;
      for (const listener of listeners) listener();
    },
  };
}

const settings: ConnectUISettings = {
  theme: { light: { primary: '#00b2e3' }, dark: { primary: '#1a237e' } },
  defaultTheme: 'system',
  showWatermark: false,
};

const root = document.documentElement;
const property = (name: string) => root.style.getPropertyValue(name);

let system: ReturnType<typeof fakeSystem>;
beforeEach(() => {
  system = fakeSystem(false);
});

afterEach(() => {
  stopTheme();
  vi.unstubAllGlobals();
  root.removeAttribute('data-theme');
  root.removeAttribute('style');
});

describe('applyTheme', () => {
  it('uses the host theme and sets data-theme, leaving the root colour scheme alone', () => {
    applyTheme({ theme: 'dark', primary: null, settings: null });
    expect(root.dataset.theme).toBe('dark');
    expect(property('color-scheme')).toBe('');
    expect(resolvedTheme.value).toBe('dark');
  });

  it('follows the operating system live, with one listener however often it is called', () => {
    applyTheme({ theme: null, primary: null, settings: null });
    applyTheme({ theme: null, primary: null, settings });
    expect(root.dataset.theme).toBe('light');
    expect(system.listeners.size).toBe(1);
    system.flip(true);
    expect(root.dataset.theme).toBe('dark');
  });

  it('stops following the system once a fixed theme is chosen, and on stopTheme', () => {
    applyTheme({ theme: null, primary: null, settings: null });
    applyTheme({ theme: 'light', primary: null, settings: null });
    expect(system.listeners.size).toBe(0);
    applyTheme({ theme: 'system', primary: null, settings: null });
    stopTheme();
    expect(system.listeners.size).toBe(0);
  });

  it('takes the session primary of the theme in effect and picks its text colour by contrast', () => {
    applyTheme({ theme: null, primary: null, settings });
    expect(property('--pb-primary')).toBe('#00b2e3');
    expect(property('--pb-on-primary')).toBe('#000000');
    expect(property('--pb-primary-strong')).not.toBe('#00b2e3');
    system.flip(true);
    expect(property('--pb-primary')).toBe('#1a237e');
    expect(property('--pb-on-primary')).toBe('#ffffff');
  });

  it('prefers the host primary over the session one', () => {
    applyTheme({ theme: 'light', primary: '#0a66c2', settings });
    expect(property('--pb-primary')).toBe('#0a66c2');
    expect(property('--pb-primary-strong')).toBe('#0a66c2');
  });

  it('removes the overrides when no readable primary is given, so tokens.css applies', () => {
    applyTheme({ theme: 'light', primary: '#0a66c2', settings: null });
    applyTheme({ theme: 'light', primary: 'not a colour', settings: null });
    expect(property('--pb-primary')).toBe('');
    expect(property('--pb-on-primary')).toBe('');
  });

  // Rewriting it invalidates the style of the whole page, which the surface's measurement (a
  // custom primary) would then recompute inside the task that applies the session's settings.
  it('leaves data-theme untouched when the session keeps the theme already shown', () => {
    applyTheme({ theme: null, primary: null, settings: null });
    const writes = new MutationObserver(() => {});
    writes.observe(root, { attributeFilter: ['data-theme'] });
    applyTheme({ theme: null, primary: null, settings });
    expect(writes.takeRecords()).toEqual([]);
    expect(property('--pb-primary')).toBe('#00b2e3');
    system.flip(true);
    expect(writes.takeRecords()).toHaveLength(1);
    expect(root.dataset.theme).toBe('dark');
    writes.disconnect();
  });

  it('derives a custom primary\'s palette without reading the page\'s computed style (a forced style pass before the list)', () => {
    applyTheme({ theme: null, primary: null, settings: null });
    const reads = vi.spyOn(window, 'getComputedStyle');
    applyTheme({ theme: null, primary: null, settings });
    expect(property('--pb-primary')).toBe('#00b2e3');
    expect(reads).not.toHaveBeenCalled();
  });

  it('exposes the watermark setting, shown until a session hides it', () => {
    applyTheme({ theme: null, primary: null, settings: null });
    expect(showWatermark.value).toBe(true);
    applyTheme({ theme: null, primary: null, settings });
    expect(showWatermark.value).toBe(false);
  });
});
