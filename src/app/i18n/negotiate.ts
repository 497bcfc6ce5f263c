import { defaultLanguage } from './languages';

// Traditional-script Chinese is not what our `zh` (Simplified) file contains; a reader who asked
// for it gets their next preference rather than the wrong script.
const traditionalChinese = new Set(['zh-hant', 'zh-tw', 'zh-hk', 'zh-mo']);

/**
 * Picks the language to show: the `lang` option first, then the browser's languages in order,
 * then English. A region or script variant matches its base language (`pt-BR` → `pt`).
 */
export function negotiateLanguage<Code extends string>(
  requested: string | null,
  browserLanguages: readonly string[],
  supported: readonly Code[],
): Code | typeof defaultLanguage {
  const candidates = requested ? [requested, ...browserLanguages] : browserLanguages;
  for (const candidate of candidates) {
    const match = matchOne(candidate, supported);
    if (match) return match;
  }
  return defaultLanguage;
}

function matchOne<Code extends string>(tag: string, supported: readonly Code[]): Code | undefined {
  const normalised = tag.trim().toLowerCase().replaceAll('_', '-');
  if (!normalised) return undefined;
  const exact = supported.find((code) => code.toLowerCase() === normalised);
  if (exact) return exact;
  if (isTraditionalChinese(normalised)) return undefined;
  const base = normalised.split('-')[0];
  return supported.find((code) => code.toLowerCase() === base);
}

function isTraditionalChinese(tag: string): boolean {
  const [base, second] = tag.split('-');
  return base === 'zh' && second !== undefined && traditionalChinese.has(`zh-${second}`);
}
