/** Translated `title`/`description` per provider and field; deep-merged over the English entry. */
export interface FieldText {
  title?: string;
  description?: string;
}
export type ProviderTranslation = Partial<Record<'credentials' | 'connection_config', Record<string, FieldText>>>;
export type CatalogueTranslation = Record<string, ProviderTranslation>;
