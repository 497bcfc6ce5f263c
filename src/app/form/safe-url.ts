/**
 * Only absolute http(s) URLs may become links or images: provider data is not trusted
 * (`javascript:` and `data:` URLs are dropped, so are relative ones and the literal "undefined").
 */
export function safeHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/**
 * A field's documentation link: the guide plus the field's anchor. A session override of the
 * guide is used as is (its anchors are unknown to the provider). No anchor → no field link
 * (Nango builds `…/connectundefined`).
 */
export function fieldDocUrl(guide: string | null, section: string | undefined, isOverride: boolean): string | null {
  if (!guide || !section) return null;
  return isOverride ? guide : safeHttpUrl(guide.replace(/#.*$/, '') + section);
}
