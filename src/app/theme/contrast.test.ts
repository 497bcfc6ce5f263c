import { describe, expect, it } from 'vitest';
import { contrastRatio, ensureContrast, onColorFor, parseColor, relativeLuminance } from './contrast';
import { black, rgb, toHex, white } from './rgb';

const hex = (css: string) => {
  const color = parseColor(css);
  if (!color) throw new Error(`unparseable ${css}`);
  return color;
};

describe('parseColor', () => {
  it.each([
    ['#0af', rgb(0, 170, 255)],
    ['#00AAFF', rgb(0, 170, 255)],
    ['#00aaff80', rgb(0, 170, 255, 128 / 255)],
    ['#0af8', rgb(0, 170, 255, 136 / 255)],
    ['rgb(10, 20, 30)', rgb(10, 20, 30)],
    ['rgba(10, 20, 30, 0.5)', rgb(10, 20, 30, 0.5)],
    ['rgb(10 20 30 / 50%)', rgb(10, 20, 30, 0.5)],
    ['rgb(100% 0% 0%)', rgb(255, 0, 0)],
    ['hsl(0, 100%, 50%)', rgb(255, 0, 0)],
    ['hsl(120deg 100% 25%)', rgb(0, 127.5, 0)],
    ['hsla(240, 100%, 50%, 0.25)', rgb(0, 0, 255, 0.25)],
    ['hsl(0.5turn 100% 50%)', rgb(0, 255, 255)],
    ['  White ', rgb(255, 255, 255)],
    ['rebeccapurple', rgb(102, 51, 153)],
  ])('reads %s', (css, expected) => {
    expect(parseColor(css)).toEqual(expected);
  });

  it.each(['', 'blurple', '#12', '#12345', '#ggg', 'rgb(1, 2)', 'rgb(1 2 3 4 5)', 'rgb(a, b, c)', 'var(--x)', 'url(x)'])(
    'returns null for %j',
    (css) => {
      expect(parseColor(css)).toBeNull();
    },
  );
});

describe('contrast', () => {
  it('measures the WCAG extremes', () => {
    expect(relativeLuminance(white)).toBeCloseTo(1);
    expect(relativeLuminance(black)).toBe(0);
    expect(contrastRatio(black, white)).toBeCloseTo(21);
    expect(contrastRatio(white, black)).toBeCloseTo(21);
  });

  it('matches a known pair (#767676 on white is 4.54:1)', () => {
    expect(contrastRatio(hex('#767676'), white)).toBeCloseTo(4.54, 2);
  });

  it('puts black text on a light cyan that a luminance threshold would give white text', () => {
    // Nango's 0.299R+0.587G+0.114B > 186 rule picks white here, at 2.5:1.
    expect(onColorFor(hex('#00b2e3'))).toEqual(black);
  });

  it('puts white text on a dark blue', () => {
    expect(onColorFor(hex('#0a66c2'))).toEqual(white);
  });

  it('gives every primary an on-colour of at least 4.5:1', () => {
    for (let value = 0; value <= 255; value += 15) {
      for (const color of [rgb(value, value, value), rgb(value, 255 - value, 128), rgb(255, value, 0)]) {
        expect(contrastRatio(onColorFor(color), color)).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});

describe('ensureContrast', () => {
  it('leaves a colour that already passes unchanged', () => {
    const blue = hex('#0a66c2');
    expect(ensureContrast(blue, white, 4.5)).toBe(blue);
  });

  it('darkens a light primary on a light surface until it reaches the ratio', () => {
    const fixed = ensureContrast(hex('#00b2e3'), white, 4.5);
    expect(contrastRatio(fixed, white)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(fixed, white)).toBeLessThan(4.7);
    expect(relativeLuminance(fixed)).toBeLessThan(relativeLuminance(hex('#00b2e3')));
  });

  it('lightens a dark primary on a dark surface', () => {
    const surface = hex('#16181d');
    const fixed = ensureContrast(hex('#1a237e'), surface, 4.5);
    expect(contrastRatio(fixed, surface)).toBeGreaterThanOrEqual(4.5);
    expect(relativeLuminance(fixed)).toBeGreaterThan(relativeLuminance(hex('#1a237e')));
  });

  it('returns whole channels, so the hex written to CSS is the colour measured', () => {
    const fixed = ensureContrast(hex('#ffd400'), white, 4.5);
    expect(parseColor(toHex(fixed))).toEqual(fixed);
  });
});
