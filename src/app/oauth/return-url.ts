/**
 * Where a redirect-mode flow sends the tab back to: the page the host asked for (`returnURL`,
 * which must be on the host's own origin, so a tampered iframe URL cannot turn the API into an
 * open redirect), else the host's home page. `null` until the host's origin is known.
 */
export function chooseReturnUrl(requested: string | null, hostOrigin: string | null): string | null {
  if (!hostOrigin) return null;
  const url = requested ? parseHttpUrl(requested) : null;
  if (url && url.origin === hostOrigin) {
    url.hash = '';
    return url.toString();
  }
  return `${hostOrigin}/`;
}

function parseHttpUrl(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}
