import { paletteFor, surfaces, type PrimaryPalette } from './palette';
import { parseColor } from './parse-color';
import type { ResolvedTheme } from './theme-state';

// The colour maths behind a custom primary (reading any CSS colour, searching for a readable
// shade). Most sessions keep the default colours, so apply-theme.ts loads this module only when a
// primary is set, and the first screen does not carry it.

/** The palette for `primary` on the surface really painted in `theme`, or null if unreadable. */
export function primaryPaletteOn(root: HTMLElement, primary: string, theme: ResolvedTheme): PrimaryPalette | null {
  return paletteFor(primary, surfaceColour(root, theme));
}

// A customer's stylesheet may restyle the surface; measure against what is really painted.
function surfaceColour(root: HTMLElement, theme: ResolvedTheme): string {
  const styled = getComputedStyle(root).getPropertyValue('--pb-surface').trim();
  return parseColor(styled) ? styled : surfaces[theme];
}
