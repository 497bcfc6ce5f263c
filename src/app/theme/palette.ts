import { contrastRatio, ensureContrast, onColorFor } from './contrast';
import { parseColor } from './parse-color';
import { flatten, toHex } from './rgb';
import type { ResolvedTheme } from './theme-state';

export type PrimaryPalette = {
  '--pb-primary': string;
  '--pb-on-primary': string;
  '--pb-primary-strong': string;
  '--pb-focus': string;
};

// The dialog surfaces of tokens.css (tokens.test.ts keeps the two in step). A primary is judged
// against the surface it is painted on.
export const surfaces: Record<ResolvedTheme, string> = { light: '#ffffff', dark: '#16181d' };

const textRatio = 4.5;

/**
 * The custom properties for a host's primary colour, or `null` when it is not a colour we can
 * read (the theme's default then stays). The button text takes black or white by contrast ratio;
 * text, links and the focus ring use a variant of the primary that reaches 4.5:1 on the surface.
 */
export function paletteFor(primaryCss: string, surfaceCss: string): PrimaryPalette | null {
  const parsed = parseColor(primaryCss);
  const surface = parseColor(surfaceCss);
  if (!parsed || !surface) return null;
  const primary = flatten(parsed, surface);
  const strong = contrastRatio(primary, surface) >= textRatio ? primary : ensureContrast(primary, surface, textRatio);
  return {
    '--pb-primary': toHex(primary),
    '--pb-on-primary': toHex(onColorFor(primary)),
    '--pb-primary-strong': toHex(strong),
    '--pb-focus': toHex(strong),
  };
}


