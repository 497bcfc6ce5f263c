import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColor } from './contrast';
import { paletteFor, surfaces } from './palette';

function ratio(a: string, b: string): number {
  const [x, y] = [parseColor(a), parseColor(b)];
  if (!x || !y) throw new Error('unparseable');
  return contrastRatio(x, y);
}

const primaries = ['#00b2e3', '#ffd400', '#0a66c2', '#1a237e', '#ff0000', 'white', 'black', 'hsl(280 60% 50%)', '#00b2e380'];

describe('paletteFor', () => {
  it.each(Object.entries(surfaces))('gives readable pairs for any primary on the %s surface', (_theme, surface) => {
    for (const primary of primaries) {
      const palette = paletteFor(primary, surface);
      if (!palette) throw new Error(`no palette for ${primary}`);
      expect(ratio(palette['--pb-on-primary'], palette['--pb-primary'])).toBeGreaterThanOrEqual(4.5);
      expect(ratio(palette['--pb-primary-strong'], surface)).toBeGreaterThanOrEqual(4.5);
      expect(ratio(palette['--pb-focus'], surface)).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps a primary that already reads well as its own strong variant', () => {
    const palette = paletteFor('#0a66c2', surfaces.light);
    expect(palette?.['--pb-primary-strong']).toBe('#0a66c2');
    expect(palette?.['--pb-on-primary']).toBe('#ffffff');
  });

  it('chooses black text on a light primary', () => {
    expect(paletteFor('#00B2E3', surfaces.light)?.['--pb-on-primary']).toBe('#000000');
  });

  it('paints a translucent primary as it will look on the surface', () => {
    expect(paletteFor('#00000080', '#ffffff')?.['--pb-primary']).toBe('#7f7f7f');
  });

  it('returns null for a colour it cannot read, so the default stays', () => {
    expect(paletteFor('var(--brand)', surfaces.light)).toBeNull();
  });
});
