import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColor, type RGB } from './contrast';
import { surfaces } from './palette';

// Read from disk: vitest's CSS handling empties `?raw` imports of stylesheets.
const css = readFileSync(fileURLToPath(import.meta.url).replace(/tokens\.test\.ts$/, 'tokens.css'), 'utf8');

/** The custom properties declared in the first rule whose selector contains `selector`. */
function tokensOf(selector: string): Map<string, string> {
  const rule = css.split('}').find((block) => block.split('{')[0]?.includes(selector));
  const body = rule?.split('{')[1] ?? '';
  const entries = [...body.matchAll(/(--pb-[\w-]+)\s*:\s*([^;]+);/g)].map((match) => [match[1] ?? '', match[2]?.trim() ?? ''] as const);
  return new Map(entries);
}

function colour(tokens: Map<string, string>, name: string): RGB {
  const parsed = parseColor(tokens.get(name) ?? '');
  if (!parsed) throw new Error(`${name} is not a colour`);
  return parsed;
}

const backgrounds = ['--pb-bg', '--pb-surface', '--pb-subtle'];
const texts = ['--pb-text', '--pb-muted', '--pb-primary-strong', '--pb-danger', '--pb-success'];
const themes = { light: "[data-theme='light']", dark: "[data-theme='dark']" } as const;

describe.each(Object.entries(themes))('%s tokens', (theme, selector) => {
  const tokens = tokensOf(selector);

  it.each(texts.flatMap((text) => backgrounds.map((background) => [text, background])))('%s on %s reaches 4.5:1', (text, background) => {
    expect(contrastRatio(colour(tokens, text), colour(tokens, background))).toBeGreaterThanOrEqual(4.5);
  });

  it('reaches 4.5:1 for text on primary and on the tinted alert backgrounds', () => {
    expect(contrastRatio(colour(tokens, '--pb-on-primary'), colour(tokens, '--pb-primary'))).toBeGreaterThanOrEqual(4.5);
    for (const [text, background] of [
      ['--pb-danger', '--pb-danger-subtle'],
      ['--pb-text', '--pb-danger-subtle'],
      ['--pb-success', '--pb-success-subtle'],
      ['--pb-text', '--pb-success-subtle'],
    ] as const) {
      expect(contrastRatio(colour(tokens, text), colour(tokens, background))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('reaches 3:1 for the focus ring and control borders (WCAG 1.4.11)', () => {
    for (const background of backgrounds) {
      expect(contrastRatio(colour(tokens, '--pb-focus'), colour(tokens, background))).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(colour(tokens, '--pb-border-strong'), colour(tokens, background))).toBeGreaterThanOrEqual(3);
    }
  });

  it('declares the surface palette.ts measures primaries against', () => {
    expect(tokens.get('--pb-surface')).toBe(surfaces[theme === 'light' ? 'light' : 'dark']);
  });

  it('declares the same set of colour tokens as the light theme', () => {
    expect([...tokens.keys()].sort()).toEqual([...tokensOf(themes.light).keys()].sort());
  });
});

describe('tokens.css', () => {
  it('uses the system font stack, no web fonts', () => {
    expect(css).toMatch(/--pb-font:\s*system-ui/);
    expect(css).not.toMatch(/@font-face|@import|url\(/);
  });

  it('puts the colour scheme on body, never on :root (an opaque iframe canvas would hide the host page)', () => {
    const rootRules = css.split('}').filter((block) => /:root[^{]*\{/.test(block) && !block.includes(' body'));
    expect(rootRules.join('}')).not.toMatch(/color-scheme/);
    expect(css).toMatch(/\[data-theme='dark'\] body\s*\{\s*color-scheme: dark;/);
  });

  it('turns motion off for people who ask for less', () => {
    expect(css).toMatch(/prefers-reduced-motion: reduce\)\s*{\s*:root\s*{\s*--pb-duration: 0ms/);
  });
});
