import { effect } from '@preact/signals';
import { afterEach, describe, expect, it } from 'vitest';
import { allEnglish } from './all-english';
import { en } from './en';
import { currentLanguage, currentMessages } from './language';
import { t } from './translate';

afterEach(() => {
  currentMessages.value = en;
  currentLanguage.value = 'en';
});

describe('t', () => {
  it('returns the English text by default', () => {
    expect(t('common.close')).toBe(en['common.close']);
  });

  it('fills placeholders with the given values', () => {
    expect(t('form.title', { name: 'GitHub' })).toBe(allEnglish['form.title'].replace('{name}', 'GitHub'));
  });

  it('falls back to English for a key the language lacks', () => {
    currentMessages.value = { 'common.close': 'Fermer' };
    expect(t('common.close')).toBe('Fermer');
    expect(t('common.back')).toBe(allEnglish['common.back']);
  });

  it('isolates values in a right-to-left language only', () => {
    currentLanguage.value = 'ar';
    currentMessages.value = { 'form.title': 'ربط {name}' };
    expect(t('form.title', { name: 'Acme' })).toBe('ربط \u2068Acme\u2069');
    currentLanguage.value = 'fr';
    currentMessages.value = { 'form.title': 'Connecter {name}' };
    expect(t('form.title', { name: 'Acme' })).toBe('Connecter Acme');
  });

  it('lets a reader re-run when the language changes', () => {
    const seen: string[] = [];
    const stop = effect(() => {
      seen.push(t('common.close'));
    });
    currentMessages.value = { 'common.close': 'Schließen' };
    stop();
    expect(seen).toEqual([en['common.close'], 'Schließen']);
  });
});
