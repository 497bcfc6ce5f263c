// The languages the widget ships. English is the default and the per-key fallback for the others.
export const supportedLanguages = ['en', 'fr', 'de', 'es', 'ja', 'pt', 'it', 'nl', 'zh', 'ar'] as const;
export type LanguageCode = (typeof supportedLanguages)[number];

export const defaultLanguage: LanguageCode = 'en';

const rightToLeft: ReadonlySet<LanguageCode> = new Set(['ar']);

export function directionOf(code: LanguageCode): 'ltr' | 'rtl' {
  return rightToLeft.has(code) ? 'rtl' : 'ltr';
}

export function isLanguageCode(value: string): value is LanguageCode {
  return supportedLanguages.some((code) => code === value);
}
