import { describe, expect, it } from 'vitest';
import { compilePattern, hasNestedQuantifier } from './validate';

describe('compilePattern', () => {
  it('compiles the catalogue\'s ordinary formats', () => {
    expect(compilePattern('^[a-z0-9_-]+$')?.test('acme-1')).toBe(true);
    expect(compilePattern('^[0-9]{4}-[0-9]{2}-[0-9]{2}$')?.test('2023-06-01')).toBe(true);
    expect(compilePattern('^(https?://)?[a-z.]+$')?.test('https://x.io')).toBe(true);
  });

  it('rejects a pattern JavaScript cannot compile instead of throwing', () => {
    expect(compilePattern('(?<=a')).toBeNull();
  });

  it('rejects patterns that backtrack exponentially, so typing cannot freeze the widget', () => {
    for (const evil of ['^(a+)+$', '(\\w*)*x', '^([a-z]+\\.)+com$', '((ab)*c)*', '(a{2,})+', '(x+x+)+y']) {
      expect([evil, hasNestedQuantifier(evil)]).toEqual([evil, true]);
      expect(compilePattern(evil)).toBeNull();
    }
  });

  it('keeps bounded repetition and quantifiers inside character classes', () => {
    for (const safe of ['^(ab)+$', '^([0-9]{2})+$', '^[(+*)]+$', '^\\(a+\\)+$', '^(a+)?b$', '^(a|b)+$']) {
      expect([safe, hasNestedQuantifier(safe)]).toEqual([safe, false]);
    }
  });
});
