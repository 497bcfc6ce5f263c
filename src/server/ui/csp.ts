export interface WidgetCspOptions {
  /** The Connect API the widget talks to: the only origin it may fetch from, open sockets to, or show logos from. */
  apiUrl: string;
  /** Who may frame the widget: `*` (any site, like Nango) or a space-separated list of origins. */
  frameAncestors: string;
}

/**
 * The widget's Content-Security-Policy: nothing inline, nothing evaluated, DOM sinks behind Trusted
 * Types, network only to the API (http and ws).
 */
export function widgetCsp({ apiUrl, frameAncestors }: WidgetCspOptions): string {
  const api = new URL(apiUrl);
  const socket = `${api.protocol === 'https:' ? 'wss:' : 'ws:'}//${api.host}`;
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src ${api.origin} ${socket}`,
    `img-src 'self' ${api.origin}`,
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors}`,
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ].join('; ');
}

/** Where Nango Cloud serves integration logos: its dashboard host, not its API. */
export const nangoCloudLogoOrigin = 'https://app.nango.dev';

export interface WidgetHeaderOptions extends WidgetCspOptions {
  /**
   * Hosts the API's `logo` URLs point at besides the API itself (a Nango server builds them from
   * its public URL, which may be another origin). Only their origins are kept.
   */
  logoOrigins?: readonly string[];
}

/**
 * Every header the widget's files are served with: the strict CSP (logos also from
 * `logoOrigins`), and caching that suits hashed file names: `assets/` never change, anything else
 * (index.html) is revalidated so a deploy takes effect at once.
 */
export function widgetHeaders(options: WidgetHeaderOptions, path: string): Record<string, string> {
  const api = new URL(options.apiUrl).origin;
  const logos = [...new Set((options.logoOrigins ?? []).map((url) => new URL(url).origin))].filter((origin) => origin !== api);
  const base = widgetCsp(options);
  const csp = logos.length === 0 ? base : base.replace(`img-src 'self' ${api}`, `img-src 'self' ${[api, ...logos].join(' ')}`);
  return {
    'content-security-policy': csp,
    'referrer-policy': 'strict-origin',
    'cross-origin-opener-policy': 'unsafe-none', // the OAuth popup must be able to post back to its opener
    'cache-control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
}
