import { describe, expect, it } from 'vitest';
import { builtInProviders } from './built-in-providers';
import { catalogueTranslations, localizeProvider, negotiateLanguage, providerLanguages } from './localize';

describe('negotiateLanguage', () => {
  it.each([
    [undefined, 'en'],
    ['fr-CA,fr;q=0.9', 'fr'],
    ['ko,de;q=0.7,es;q=0.8', 'es'],
    ['ja,de;q=0.7', 'ja'],
    ['zh-Hans-CN', 'zh'],
    ['ar-EG,en;q=0.5', 'ar'],
    ['de;q=0', 'en'],
    ['*', 'en'],
  ])('picks %s → %s', (header, expected) => {
    expect(negotiateLanguage(header)).toBe(expected);
  });
});

/** `{name}` placeholders and literal tokens such as `test_` a translation must carry over unchanged. */
function placeholders(text: string | undefined): string[] {
  return [...(text ?? '').matchAll(/\{[a-z_]+\}|\btest_/gi)].map((m) => m[0]).sort();
}

describe('localizeProvider', () => {
  it('translates titles and descriptions and keeps every other field key', () => {
    const provider = builtInProviders('http://x')['test-basic']!;
    const localized = localizeProvider('test-basic', provider, 'de');
    expect(localized.connection_config?.['subdomain']).toEqual({ ...provider.connection_config?.['subdomain'], title: 'Konto-Domain', description: 'Die Subdomain Ihres Kontos' });
  });

  it('translates an example that is a word, and leaves value examples as they are', () => {
    const provider = builtInProviders('http://x')['test-api-key']!;
    const localized = localizeProvider('test-api-key', provider, 'ja');
    expect(localized.connection_config?.['workspace']?.example).toBe('マーケティング');
    expect(localized.credentials?.['apiKey']?.example).toBe('test_4f9a…');
  });

  it('serves the same ten languages as the widget', () => {
    expect([...providerLanguages].sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'it', 'ja', 'nl', 'pt', 'zh']);
  });

  it('has, in every language, every built-in field text with the same placeholders and nothing extra', () => {
    const providers = builtInProviders('http://x');
    for (const lang of providerLanguages) {
      if (lang === 'en') continue;
      const translation = catalogueTranslations[lang];
      for (const [name, provider] of Object.entries(providers)) {
        for (const group of ['credentials', 'connection_config'] as const) {
          for (const [key, field] of Object.entries(provider[group] ?? {})) {
            const text = translation[name]?.[group]?.[key];
            const where = `${lang}: ${name}.${group}.${key}`;
            expect.soft(text?.title, `${where}.title`).toBeTruthy();
            expect.soft(text?.description === undefined, `${where}.description present iff English has one`).toBe(field.description === undefined);
            expect.soft(placeholders(text?.title), `${where}.title placeholders`).toEqual(placeholders(field.title));
            expect.soft(placeholders(text?.description), `${where}.description placeholders`).toEqual(placeholders(field.description));
            if (text?.example !== undefined) expect.soft(field.example, `${where}.example translates an English example`).toBeDefined();
          }
        }
      }
      for (const [name, groups] of Object.entries(translation)) {
        for (const [group, texts] of Object.entries(groups)) {
          for (const key of Object.keys(texts ?? {})) {
            const fields: Record<string, unknown> = providers[name]?.[group as 'credentials' | 'connection_config'] ?? {};
            expect.soft(Object.hasOwn(fields, key), `${lang}: ${name}.${group}.${key} has no English field`).toBe(true);
          }
        }
      }
    }
  });
});
