import { describe, expect, it } from 'vitest';
import { builtInProviders } from './built-in-providers';
import { de } from './i18n/de';
import { es } from './i18n/es';
import { fr } from './i18n/fr';
import { localizeProvider, negotiateLanguage } from './localize';

describe('negotiateLanguage', () => {
  it.each([
    [undefined, 'en'],
    ['fr-CA,fr;q=0.9', 'fr'],
    ['ja,de;q=0.7,es;q=0.8', 'es'],
    ['de;q=0', 'en'],
    ['*', 'en'],
  ])('picks %s → %s', (header, expected) => {
    expect(negotiateLanguage(header)).toBe(expected);
  });
});

describe('localizeProvider', () => {
  it('translates titles and descriptions and keeps every other field key', () => {
    const provider = builtInProviders('http://x')['test-basic']!;
    const localized = localizeProvider('test-basic', provider, 'de');
    expect(localized.connection_config?.['subdomain']).toEqual({ ...provider.connection_config?.['subdomain'], title: 'Konto-Domain', description: 'Die Subdomain Ihres Kontos' });
  });

  it('has a fr, de and es title for every built-in field', () => {
    for (const [lang, translation] of Object.entries({ fr, de, es })) {
      for (const [name, provider] of Object.entries(builtInProviders('http://x'))) {
        for (const group of ['credentials', 'connection_config'] as const) {
          for (const key of Object.keys(provider[group] ?? {})) {
            expect.soft(translation[name]?.[group]?.[key]?.title, `${lang}: ${name}.${group}.${key}`).toBeTruthy();
          }
        }
      }
    }
  });
});
