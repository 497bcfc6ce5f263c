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
