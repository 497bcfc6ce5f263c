/**
 * Translated `title`/`description` per provider and field, deep-merged over the English entry; and
 * `example` where the English hint is a word ("marketing"), not a value such as `test_…`.
 */
export interface FieldText {
  title?: string;
  description?: string;
  example?: string;
}
export type ProviderTranslation = Partial<Record<'credentials' | 'connection_config', Record<string, FieldText>>>;
export type CatalogueTranslation = Record<string, ProviderTranslation>;
