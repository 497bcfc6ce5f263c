import { apiUrlsOf, nangoCloudLogoOrigin, widgetCsp, type WidgetCspOptions } from './csp';

// One source for the headers of the widget's files, whoever serves them: the Node UI server sends
// them, and `npm run build` writes them for static hosts (`_headers` for Netlify and Cloudflare
// Pages, an nginx snippet), so a CDN copy runs under the same policy.

const immutable = 'public, max-age=31536000, immutable';

/** The headers of every file the widget serves; `isAsset` for the content-hashed `/assets/` files. */
export function widgetHeaders(options: WidgetCspOptions, isAsset: boolean): Record<string, string> {
  return {
    'content-security-policy': widgetCsp(options),
    'referrer-policy': 'strict-origin',
    'cross-origin-opener-policy': 'unsafe-none', // the OAuth popup must be able to post back to its opener
    'x-content-type-options': 'nosniff',
    'cache-control': isAsset ? immutable : 'no-cache',
  };
}

/** The deployment configuration the widget reads from `config.json` beside its `index.html`. */
export interface WidgetDeploymentFile {
  apiURLs: string[];
  imageOrigins: string[];
}

export function deploymentFile(options: Pick<WidgetCspOptions, 'apiUrl' | 'imageOrigins'>): WidgetDeploymentFile {
  return { apiURLs: [...apiUrlsOf(options)], imageOrigins: [...(options.imageOrigins ?? [nangoCloudLogoOrigin])] };
}

function headerLines(headers: Record<string, string>, indent: string, format: (name: string, value: string) => string): string[] {
  return Object.entries(headers).map(([name, value]) => `${indent}${format(name, value)}`);
}

/** A `_headers` file (Netlify, Cloudflare Pages): the rules apply in order, the later one wins. */
export function netlifyHeaders(options: WidgetCspOptions): string {
  const asHeader = (name: string, value: string) => `${name}: ${value}`;
  return [
    '/*',
    ...headerLines(widgetHeaders(options, false), '  ', asHeader),
    '/assets/*',
    `  cache-control: ${immutable}`,
    '',
  ].join('\n');
}

/**
 * An nginx snippet for the widget's `server` block. nginx drops inherited `add_header`s in a
 * `location` that adds its own, so the assets' block repeats them all.
 */
export function nginxHeaders(options: WidgetCspOptions): string {
  const asDirective = (name: string, value: string) => `add_header ${name} "${value}" always;`;
  return [
    '# The widget\'s headers, written by `npm run build`; include inside the server block.',
    ...headerLines(widgetHeaders(options, false), '', asDirective),
    'location /assets/ {',
    ...headerLines(widgetHeaders(options, true), '  ', asDirective),
    '}',
    '',
  ].join('\n');
}
