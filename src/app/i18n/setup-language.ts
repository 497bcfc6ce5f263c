import { batch } from '@preact/signals';
import { en } from './en';
import { loadMessages, type Messages } from './catalogue';
import { currentLanguage, currentMessages } from './current-language';
import { defaultLanguage, directionOf, supportedLanguages, type LanguageCode } from './languages';
import { negotiateLanguage } from './negotiate';

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
