export { t, addEnglish } from './translate';
export { language, direction, setupLanguage, negotiateLanguage, acceptLanguage, acceptLanguageFor, supportedLanguages, type LanguageCode } from './language';
export { interpolate, placeholdersOf, type MessageParams } from './interpolate';
export type { MessageKey } from './en';
export type { Messages } from './catalogue';
