import { black, mixTowards, roundChannels, white, type RGB } from './rgb';

export { parseColor } from './parse-color';
export type { RGB } from './rgb';

/** WCAG 2.x relative luminance (https://www.w3.org/TR/WCAG22/#dfn-relative-luminance). */
export function relativeLuminance(color: RGB): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(color.r) + 0.7152 * linear(color.g) + 0.0722 * linear(color.b);
}

/** WCAG contrast ratio, 1–21, symmetric in its arguments. */
export function contrastRatio(a: RGB, b: RGB): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05);
}

/**
 * Black or white, whichever contrasts more with `primary`. Measured by the WCAG ratio rather
 * than a luminance threshold (Nango's 186 rule picks white on #00b2e3 at 2.4:1).
 */
export function onColorFor(primary: RGB): RGB {
  return contrastRatio(primary, black) >= contrastRatio(primary, white) ? black : white;
}

/**
 * The colour closest to `color` that reaches `minRatio` against `background`: darkened on a
 * background where black contrasts more, lightened otherwise. Returned unchanged when it passes.
 */
export function ensureContrast(color: RGB, background: RGB, minRatio: number): RGB {
  if (contrastRatio(color, background) >= minRatio) return color;
  const target = onColorFor(background);
  // Rounded to whole channels so the colour written to CSS is exactly the one measured.
  const towards = (amount: number) => roundChannels(mixTowards(color, target, amount));
  let [low, high] = [0, 1];
  // Contrast grows monotonically with the mix amount, so a bisection finds the smallest change.
  for (let step = 0; step < 20; step++) {
    const middle = (low + high) / 2;
    if (contrastRatio(towards(middle), background) >= minRatio) high = middle;
    else low = middle;
  }
  return towards(high);
}
