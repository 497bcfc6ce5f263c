import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from './en';
import { acceptLanguage, acceptLanguageFor, currentLanguage, currentMessages, direction, language, negotiateLanguage, setupLanguage } from './language';
import ar from './messages/ar';
import fr from './messages/fr';
import { t } from './translate';

function browserPrefers(languages: string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
}

beforeEach(() => browserPrefers(['en-US']));

afterEach(() => {
  vi.restoreAllMocks();
  currentLanguage.value = 'en';
  currentMessages.value = en;
  document.documentElement.removeAttribute('lang');
  document.documentElement.removeAttribute('dir');
});

describe('setupLanguage', () => {
  it('uses the lang option and marks up <html>', async () => {
    await setupLanguage('fr');
    expect(language.value).toBe('fr');
    expect(direction.value).toBe('ltr');
    expect(document.documentElement.lang).toBe('fr');
    expect(document.documentElement.dir).toBe('ltr');
    expect(t('common.close')).toBe(fr['common.close'] ?? en['common.close']);
  });

  it('follows the browser languages without a lang option', async () => {
    browserPrefers(['ko-KR', 'pt-BR', 'en']);
    await setupLanguage(null);
    expect(language.value).toBe('pt');
  });

  it('lays Arabic out right to left', async () => {
    await setupLanguage('ar-EG');
    expect(direction.value).toBe('rtl');
    expect(document.documentElement.dir).toBe('rtl');
    expect(t('common.close')).toBe(ar['common.close'] ?? en['common.close']);
  });

  it('asks the API for the widget language first', async () => {
    await setupLanguage('de');
    expect(acceptLanguage()).toBe('de, en;q=0.5');
  });

  it('keeps the language of the latest call when calls overlap', async () => {
    const first = setupLanguage('ja');
    const second = setupLanguage('en');
    await Promise.all([first, second]);
    expect(language.value).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });
});

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

describe('acceptLanguageFor', () => {
  it('asks for the language first and English as the fallback', () => {
    expect(acceptLanguageFor('fr')).toBe('fr, en;q=0.5');
  });

  it('asks for English alone when English is in use', () => {
    expect(acceptLanguageFor('en')).toBe('en');
  });
});
