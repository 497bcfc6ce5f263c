export { t, addEnglish } from './translate';
export { language, direction } from './current-language';
export { setupLanguage } from './setup-language';
export { negotiateLanguage } from './negotiate';
export { acceptLanguage, acceptLanguageFor } from './accept-language';
export { supportedLanguages, type LanguageCode } from './languages';
export { interpolate, placeholdersOf, type MessageParams } from './interpolate';
export type { MessageKey } from './en';
export type { Messages } from './catalogue';
