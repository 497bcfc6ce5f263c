import { batch, computed, signal, type ReadonlySignal } from '@preact/signals-core';
import { loadMessages, type Messages } from './catalogue';
import { en } from './en';

// The languages the widget ships. English is the default and the per-key fallback for the others.
export const supportedLanguages = ['en', 'fr', 'de', 'es', 'ja', 'pt', 'it', 'nl', 'zh', 'ar'] as const;
export type LanguageCode = (typeof supportedLanguages)[number];

export const defaultLanguage: LanguageCode = 'en';

const rightToLeft: ReadonlySet<LanguageCode> = new Set(['ar']);

export function directionOf(code: LanguageCode): 'ltr' | 'rtl' {
  return rightToLeft.has(code) ? 'rtl' : 'ltr';
}

// Written only by setupLanguage; everything else reads the read-only views below.
export const currentLanguage = signal<LanguageCode>(defaultLanguage);
export const currentMessages = signal<Messages>(en);

export const language: ReadonlySignal<string> = currentLanguage;
export const direction: ReadonlySignal<'ltr' | 'rtl'> = computed(() => directionOf(currentLanguage.value));

/** The header value for a language: that language first, English as the fallback. */
export function acceptLanguageFor(code: string): string {
  return code === defaultLanguage ? defaultLanguage : `${code}, ${defaultLanguage};q=0.5`;
}

/**
 * The Accept-Language header to send to the API, so provider field texts follow the widget's
 * language rather than the browser's.
 */
export function acceptLanguage(): string {
  return acceptLanguageFor(currentLanguage.peek());
}

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

let latestRequest = 0;

/**
 * Chooses the language (the `lang` option, then the browser's languages, then English), loads
 * its messages and sets `<html lang dir>`. When called again before an earlier call has loaded,
 * the latest call wins.
 */
export async function setupLanguage(requested: string | null): Promise<void> {
  const request = ++latestRequest;
  const wanted = negotiateLanguage(requested, browserLanguages(), supportedLanguages);
  const { code, messages } = await loadOrFallBack(wanted);
  if (request !== latestRequest) return;
  batch(() => {
    currentMessages.value = messages;
    currentLanguage.value = code;
  });
  document.documentElement.lang = code;
  document.documentElement.dir = directionOf(code);
}

// A chunk that fails to load (offline, a deploy replaced it) must not leave the widget blank.
async function loadOrFallBack(code: LanguageCode): Promise<{ code: LanguageCode; messages: Messages }> {
  try {
    return { code, messages: await loadMessages(code) };
  } catch {
    return { code: defaultLanguage, messages: en };
  }
}

function browserLanguages(): readonly string[] {
  if (navigator.languages?.length) return navigator.languages;
  return navigator.language ? [navigator.language] : [];
}
