/** Width and height of the OAuth window, in CSS pixels. */
export interface PopupSize {
  width: number;
  height: number;
}

export const defaultPopupSize: PopupSize = { width: 500, height: 600 };

// Consent pages that do not fit 500×600 without a horizontal scrollbar (they are laid out for a
// desktop browser). Keyed by provider (not integration), as in the catalogue.
const sizeByProvider: Record<string, PopupSize> = {
  salesforce: { width: 800, height: 700 },
  'salesforce-sandbox': { width: 800, height: 700 },
  quickbooks: { width: 800, height: 700 },
  xero: { width: 800, height: 700 },
  shopify: { width: 900, height: 700 },
  github: { width: 900, height: 700 },
  'github-app': { width: 900, height: 700 },
  'github-app-oauth': { width: 900, height: 700 },
};

/** The host's `popupSize` wins; then the provider's known need; then the default. */
export function popupSizeFor(provider: string, hostSize: PopupSize | null): PopupSize {
  if (hostSize) return hostSize;
  return Object.hasOwn(sizeByProvider, provider) ? sizeByProvider[provider] ?? defaultPopupSize : defaultPopupSize;
}
