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
