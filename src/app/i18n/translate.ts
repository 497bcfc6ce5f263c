import { en, type MessageKey } from './en';
import { currentMessages } from './current-language';
import { interpolate, type MessageParams } from './interpolate';

/**
 * The text for `key` in the current language, falling back to English for a key the language
 * does not have yet. Reading the messages signal makes a rendering component re-render when the
 * language changes.
 */
export function t(key: MessageKey, params?: MessageParams): string {
  const template = currentMessages.value[key] ?? en[key];
  return interpolate(template, params);
}
