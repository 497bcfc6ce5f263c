/**
 * The console's Content-Security-Policy: nothing inline, nothing evaluated, network only to its
 * own origin (the API), and the widget as the one frame it may open (through our SDK).
 */
export function consoleCsp(connectUiUrl: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    `frame-src ${new URL(connectUiUrl).origin}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ].join('; ');
}
