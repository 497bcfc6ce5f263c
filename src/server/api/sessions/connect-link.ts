/** The Connect UI URL ending in `/`, query and hash stripped, plus `?session_token=`. */
export function buildConnectLink(connectUiUrl: string, token: string): string {
  const url = new URL(connectUiUrl);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.searchParams.set('session_token', token);
  return url.toString();
}
