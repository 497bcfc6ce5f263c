/**
 * The WebSocket URL of the OAuth flow, as Nango's Connect UI computes it:
 * `apiURL`'s origin + its path prefix + the session's `websocketsPath` (default `/`). A real Nango
 * server resolves `websocketsPath` against the origin, so the Connect UI prepends the prefix
 * itself; we do the same, which keeps a reverse-proxy prefix (`https://x.example/nango` →
 * `wss://x.example/nango/`) and stays right for Plugboard's server, whose socket is at `/`.
 */
export function socketUrl(apiURL: string, websocketsPath: string | undefined): string {
  const api = new URL(apiURL);
  const prefix = api.pathname.replace(/\/+$/, '');
  const path = websocketsPath && websocketsPath.length > 0 ? websocketsPath : '/';
  const url = new URL(prefix + (path.startsWith('/') ? path : `/${path}`), api.origin);
  url.protocol = api.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}
