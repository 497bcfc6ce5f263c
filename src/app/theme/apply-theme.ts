import { batch } from '@preact/signals-core';
import type { PrimaryPalette } from './palette';
import { primaryPaletteOn } from './primary-palette';
import { chooseTheme, choosePrimary, resolveTheme, type ThemeInput } from './resolve-theme';
import { currentShowWatermark, currentTheme, type ResolvedTheme } from './theme-state';

const darkQuery = '(prefers-color-scheme: dark)';
const paletteProperties: ReadonlyArray<keyof PrimaryPalette> = [
  '--pb-primary',
  '--pb-on-primary',
  '--pb-primary-strong',
  '--pb-focus',
];

let stopFollowingSystem: (() => void) | null = null;


/**
 * Applies the theme (host option → session default → system), the primary colour (host option →
 * session colour for that theme) and the watermark setting. May be called again whenever an input
 * changes; `system` follows the operating system live through a single listener.
 */
export function applyTheme(input: ThemeInput): void {
  const choice = chooseTheme(input);
  followSystem(choice === 'system' ? () => paint(input) : null);
  paint(input);
}

/** Removes the system-theme listener; the composition root calls this on dispose. */
export function stopTheme(): void {
  followSystem(null);
}

function paint(input: ThemeInput): void {
  const theme = resolveTheme(chooseTheme(input), systemPrefersDark());
  const root = document.documentElement;
  // No `color-scheme` on <html>: a frame whose root scheme differs from its <iframe> element's gets
  // an opaque canvas (https://drafts.csswg.org/css-color-adjust/#color-scheme-effect), which would
  // hide the host page behind our translucent backdrop. tokens.css sets it on <body> instead.
  // Written only when it changes: a rewrite, even of the same value, invalidates every element's
  // style, and measuring the surface below would then restyle the whole page inside this task.
  if (root.dataset.theme !== theme) root.dataset.theme = theme;
  setPrimary(root, choosePrimary(input, theme), theme);
  batch(() => {
    currentTheme.value = theme;
    currentShowWatermark.value = input.settings?.showWatermark ?? true;
  });
}

// CSSOM writes (style.setProperty) are not inline `style` attributes, so a `style-src` CSP
// without 'unsafe-inline' still allows them.
function setPrimary(root: HTMLElement, primary: string | null, theme: ResolvedTheme): void {
  const palette = primary ? primaryPaletteOn(primary, theme) : null;
  for (const property of paletteProperties) {
    if (palette) root.style.setProperty(property, palette[property]);
    else root.style.removeProperty(property);
  }
}

function followSystem(onChange: (() => void) | null): void {
  stopFollowingSystem?.();
  stopFollowingSystem = null;
  if (!onChange || typeof matchMedia !== 'function') return;
  const query = matchMedia(darkQuery);
  query.addEventListener('change', onChange);
  stopFollowingSystem = () => query.removeEventListener('change', onChange);
}

function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(darkQuery).matches;
}
