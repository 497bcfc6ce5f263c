import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from './en';
import { currentLanguage, currentMessages, direction, language } from './current-language';
import { acceptLanguage } from './accept-language';
import { setupLanguage } from './setup-language';
import { t } from './translate';
import ar from './messages/ar';
import fr from './messages/fr';

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
