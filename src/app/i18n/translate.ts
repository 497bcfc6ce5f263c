import { en, type MessageKey } from './en';
import type { Messages } from './catalogue';
import { currentMessages, direction } from './language';
import { interpolate, type MessageParams } from './interpolate';

let english: Messages = en;

/**
 * Adds English strings that came with a lazily loaded chunk: the lazy half adds those of its screens
 * (en-connect.ts) as it loads, before any of them renders.
 */
export function addEnglish(messages: Messages): void {
  english = { ...english, ...messages };
}

/**
 * The text for `key` in the current language, falling back to English for a key the language
 * does not have yet. Reading the messages signal makes a rendering component re-render when the
 * language changes. In a right-to-left language each value is bidi-isolated. A key with no
 * English yet (its chunk has not loaded) shows as the key itself, never as a blank.
 */
export function t(key: MessageKey, params?: MessageParams): string {
  const template = currentMessages.value[key] ?? english[key] ?? key;
  return interpolate(template, params, { isolate: direction.value === 'rtl' });
}
