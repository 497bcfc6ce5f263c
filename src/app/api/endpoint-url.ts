/** `apiURL` keeps its path prefix: `https://host/prefix` + `/connect/session`. */
export function endpointUrl(apiURL: string, path: string, query = ''): string {
  const url = new URL(apiURL);
  url.pathname = url.pathname.replace(/\/+$/, '') + path;
  url.search = query;
  url.hash = '';
  return url.toString();
}
