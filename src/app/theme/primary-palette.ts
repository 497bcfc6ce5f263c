import { paletteFor, surfaces, type PrimaryPalette } from './palette';
import type { ResolvedTheme } from './theme-state';

// The colour maths behind a custom primary: any CSS colour read, and a readable shade of it found.

/**
 * The palette for `primary` on the surface of `theme`, or null if unreadable. The surface is
 * tokens.css's own (a test keeps the two equal): reading the painted one would force a style pass
 * of the whole page inside the task that applies the session's settings, just before the list.
 */
export function primaryPaletteOn(primary: string, theme: ResolvedTheme): PrimaryPalette | null {
  return paletteFor(primary, surfaces[theme]);
}
