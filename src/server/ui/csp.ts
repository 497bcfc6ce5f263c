export interface WidgetCspOptions {
  /**
   * The Connect API(s) the widget talks to: the only origins it may fetch from, open sockets to,
   * or show logos from (besides `imageOrigins`). The first is the default API.
   */
  apiUrl: string | readonly string[];
  /** Who may frame the widget: `*` (any site, like Nango) or a space-separated list of origins. */
  frameAncestors: string;
  /** Further origins logos may load from; default: Nango Cloud's logo host. */
  imageOrigins?: readonly string[];
}

/**
 * Nango builds logo URLs from its public server URL, which for Nango Cloud is its dashboard's
 * host, not the API's: without it every logo from Nango Cloud would be blocked.
 */
export const nangoCloudLogoOrigin = 'https://app.nango.dev';

/** The API URLs as a list, whichever form the option took. */
export function apiUrlsOf({ apiUrl }: Pick<WidgetCspOptions, 'apiUrl'>): readonly string[] {
  return typeof apiUrl === 'string' ? [apiUrl] : apiUrl;
}

const unique = (items: string[]) => [...new Set(items)];

/**
 * The widget's Content-Security-Policy: nothing inline, nothing evaluated, DOM sinks behind Trusted
 * Types, network only to the API (http and ws) and to its own origin (its `config.json`).
 */
export function widgetCsp(options: WidgetCspOptions): string {
  const apis = apiUrlsOf(options).map((url) => new URL(url));
  const sockets = apis.map((api) => `${api.protocol === 'https:' ? 'wss:' : 'ws:'}//${api.host}`);
  const images = (options.imageOrigins ?? [nangoCloudLogoOrigin]).map((origin) => new URL(origin).origin);
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src 'self' ${unique([...apis.map((api) => api.origin), ...sockets]).join(' ')}`,
    `img-src 'self' ${unique([...apis.map((api) => api.origin), ...images]).join(' ')}`,
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${options.frameAncestors}`,
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ].join('; ');
}
