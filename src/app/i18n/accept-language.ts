import { currentLanguage } from './current-language';
import { defaultLanguage } from './languages';

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
