import { describe, expect, it } from 'vitest';
import { negotiateLanguage } from './negotiate';

const supported = ['en', 'fr', 'de', 'pt', 'zh', 'ar'] as const;

describe('negotiateLanguage', () => {
  it('prefers the lang option over the browser languages', () => {
    expect(negotiateLanguage('de', ['fr-FR', 'en'], supported)).toBe('de');
  });

  it('falls through an unsupported lang option to the browser languages in order', () => {
    expect(negotiateLanguage('ko', ['sv', 'fr-CA', 'de'], supported)).toBe('fr');
  });

  it('ends with English when nothing matches', () => {
    expect(negotiateLanguage(null, ['ko', 'sv'], supported)).toBe('en');
    expect(negotiateLanguage('', [], supported)).toBe('en');
  });

  it.each([
    ['pt-BR', 'pt'],
    ['pt_PT', 'pt'],
    ['AR-eg', 'ar'],
    ['zh-Hans', 'zh'],
    ['zh-CN', 'zh'],
    ['zh-Hans-CN', 'zh'],
    ['zh', 'zh'],
  ])('matches %s to %s', (tag, expected) => {
    expect(negotiateLanguage(tag, [], supported)).toBe(expected);
  });

  it.each(['zh-Hant', 'zh-TW', 'zh-HK', 'zh-Hant-TW'])('does not give Simplified Chinese for %s', (tag) => {
    expect(negotiateLanguage(tag, ['fr'], supported)).toBe('fr');
  });

  it('prefers an exact supported tag over the base language', () => {
    expect(negotiateLanguage('pt-BR', [], ['en', 'pt', 'pt-BR'])).toBe('pt-BR');
  });
});
