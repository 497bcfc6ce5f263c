import { en, type MessageKey } from './en';
import { currentMessages, direction } from './current-language';
import { interpolate, type MessageParams } from './interpolate';

/**
 * The text for `key` in the current language, falling back to English for a key the language
 * does not have yet. Reading the messages signal makes a rendering component re-render when the
 * language changes. In a right-to-left language each value is bidi-isolated.
 */
export function t(key: MessageKey, params?: MessageParams): string {
  const template = currentMessages.value[key] ?? en[key];
  return interpolate(template, params, { isolate: direction.value === 'rtl' });
}
