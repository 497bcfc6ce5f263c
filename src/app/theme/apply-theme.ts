import { batch } from '@preact/signals';
import type { PrimaryPalette } from './palette';
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

type PaletteOn = typeof import('./primary-palette').primaryPaletteOn;
/** The colour maths for a custom primary: supplied by the lazy half when it loads. */
let paletteOn: PaletteOn | null = null;
let lastInput: ThemeInput | null = null;

/**
 * Applies the theme (host option → session default → system), the primary colour (host option →
 * session colour for that theme) and the watermark setting. May be called again whenever an input
 * changes; `system` follows the operating system live through a single listener.
 */
export function applyTheme(input: ThemeInput): void {
  const choice = chooseTheme(input);
  lastInput = input;
  followSystem(choice === 'system' ? () => paint(input) : null);
  paint(input);
}

/**
 * Supplies the colour maths a custom primary needs (reading any CSS colour, finding a readable
 * shade). It is not in the first screen: the composition root supplies it from the lazy half,
 * which loads at boot and before anything the primary colours (the loader's skeleton does not),
 * and the last theme is painted again with it.
 */
export function supplyPalette(palette: PaletteOn): void {
  if (paletteOn === palette) return;
  paletteOn = palette;
  if (lastInput) paint(lastInput);
}

/** Removes the system-theme listener; the composition root calls this on dispose. */
export function stopTheme(): void {
  followSystem(null);
  lastInput = null;
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
  // Until the colour maths arrive, the default primary of tokens.css stays.
  const palette = primary && paletteOn ? paletteOn(root, primary, theme) : null;
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
