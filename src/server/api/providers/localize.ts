import { ar } from './i18n/ar';
import { de } from './i18n/de';
import { es } from './i18n/es';
import { fr } from './i18n/fr';
import { it } from './i18n/it';
import { ja } from './i18n/ja';
import { nl } from './i18n/nl';
import { pt } from './i18n/pt';
import { zh } from './i18n/zh';
import type { CatalogueTranslation, ProviderTranslation } from './i18n/translation';
import type { Provider, ProviderFields } from './provider';

// The widget's ten languages: the API serves field texts in whichever one the widget asks for.
export const providerLanguages = ['en', 'fr', 'de', 'es', 'ja', 'pt', 'it', 'nl', 'zh', 'ar'] as const;
export type ProviderLanguage = (typeof providerLanguages)[number];

export const catalogueTranslations: Record<Exclude<ProviderLanguage, 'en'>, CatalogueTranslation> = { fr, de, es, ja, pt, it, nl, zh, ar };

/** Picks the best supported language from an Accept-Language header, honouring q-values. */
export function negotiateLanguage(acceptLanguage: string | undefined): ProviderLanguage {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^q=([0-9.]+)$/.exec(p.trim())?.[1]).find((v) => v !== undefined);
      return { base: tag.toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q) };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  const match = ranked.find((entry) => isProviderLanguage(entry.base));
  return match && isProviderLanguage(match.base) ? match.base : 'en';
}

function isProviderLanguage(value: string): value is ProviderLanguage {
  return (providerLanguages as readonly string[]).includes(value);
}

/** Returns the provider with its field titles and descriptions in `lang` where translated. */
export function localizeProvider(name: string, provider: Provider, lang: ProviderLanguage): Provider {
  if (lang === 'en') return provider;
  const translation = Object.hasOwn(catalogueTranslations[lang], name) ? catalogueTranslations[lang][name] : undefined;
  if (!translation) return provider;
  return {
    ...provider,
    ...translatedFields(provider, translation, 'credentials'),
    ...translatedFields(provider, translation, 'connection_config'),
  };
}

function translatedFields(
  provider: Provider,
  translation: ProviderTranslation,
  group: 'credentials' | 'connection_config',
): Partial<Record<typeof group, ProviderFields>> {
  const fields = provider[group];
  const texts = translation[group];
  if (!fields || !texts) return {};
  const merged: ProviderFields = {};
  for (const [key, field] of Object.entries(fields)) merged[key] = { ...field, ...(Object.hasOwn(texts, key) ? texts[key] : {}) };
  return { [group]: merged };
}
