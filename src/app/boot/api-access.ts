import { networkFailureFrom, type ApiFailure } from '../../client/failure';
import { isObject } from '../../protocol/settings';

// Which API a deployed widget may talk to comes from its deployment, never from a URL alone: a
// connect link or a page framing the widget can put any `apiURL` in its address, and the widget
// would then send the session token and every typed credential there. Part of the first chunk
// (without zod), so the token does not wait for the lazy half.

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * `config.json` beside `index.html`, written at deploy time, or the same JSON in the page's
 * `<meta name=plugboard-config>`: `apiURLs`, at least one string, and an optional `imageOrigins`
 * list of strings. What is wrong with it, or its API URLs.
 */
export function readDeploymentFile(json: unknown): { apiURLs: string[] } | { problem: string } {
  if (!isObject(json)) return { problem: 'root: expected an object' };
  const { apiURLs, imageOrigins } = json;
  if (!isStrings(apiURLs)) return { problem: 'apiURLs: expected a list of strings' };
  if (apiURLs.length === 0) return { problem: 'apiURLs: expected at least one URL' };
  if (imageOrigins !== undefined && !isStrings(imageOrigins)) return { problem: 'imageOrigins: expected a list of strings' };
  return { apiURLs };
}

export type ApiAccess = { ok: true; apiURL: string } | { ok: false; failure: ApiFailure };

/** Where the deployment's list came from, to name it in errors. */
const sources = { build: 'PLUGBOARD_API_URL (set when it was built)', file: 'config.json', page: 'plugboard-config meta' };
const howToConfigure = 'Build the widget with PLUGBOARD_API_URL=<your API URL>, or deploy a config.json beside its index.html: { "apiURLs": ["<your API URL>"] }.';

function refused(code: string, message: string): ApiAccess {
  return { ok: false, failure: { errorType: 'invalid_request', code, message, status: null, detail: null } };
}

function httpUrl(value: string): URL | null {
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password ? url : null;
  } catch {
    return null;
  }
}

/** The path as a prefix that only matches whole segments: `/nango` covers `/nango/x`, not `/nangox`. */
const prefixOf = (url: URL) => (url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`);

/** Whether `requested` is one of the allowed APIs: the same origin, under the same path prefix. */
export function isAllowedApi(requested: URL, allowed: URL): boolean {
  return requested.origin === allowed.origin && prefixOf(requested).startsWith(prefixOf(allowed));
}

/**
 * The API URL the widget will use: the one the URL names if the deployment allows it, the
 * deployment's first one if the URL names none, else a refusal that says what is allowed.
 */
export function chooseApiURL(requested: string | null, allowed: readonly string[], source: string): ApiAccess {
  const urls = allowed.map(httpUrl);
  const bad = allowed.find((_, index) => urls[index] === null);
  if (bad !== undefined || urls.length === 0) return refused('widget_not_configured', `The widget's ${source} is invalid: "${bad ?? ''}" is not an http(s) URL. ${howToConfigure}`);
  const valid = urls.filter((url): url is URL => url !== null);
  if (requested === null) return { ok: true, apiURL: allowed[0]?.trim() ?? '' };
  const url = httpUrl(requested);
  if (url && valid.some((entry) => isAllowedApi(url, entry))) return { ok: true, apiURL: requested };
  const named = url ? url.origin + (url.pathname === '/' ? '' : url.pathname) : requested;
  return refused(
    'api_url_not_allowed',
    `This widget may not talk to the API at ${named}: its ${source} allows only ${allowed.map((entry) => entry.trim()).join(', ')}.`,
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** `PLUGBOARD_API_URL` at build time (Vite `define`), comma-separated; null when not set. */
declare const __PLUGBOARD_API_URLS__: string | null;

/** The deployment's `config.json` beside `index.html`, as text; null when there is none. Rejects when unreachable. */
async function readConfigFile(fetcher: typeof fetch, timeoutMs: number): Promise<string | null> {
  // One that never answers (a stalled CDN) fails like one that is unreachable, and is tried again.
  const response = await fetcher('config.json', { cache: 'no-cache', signal: AbortSignal.timeout(timeoutMs) });
  return response.ok ? response.text() : null;
}

/**
 * Decides on the URL's `apiURL` (empty when it named none) from the built-in list
 * (`PLUGBOARD_API_URL`, comma-separated), else from the `<meta name=plugboard-config>` the widget
 * server writes into the page (no request), else from the deployment's `config.json`.
 */
export async function decideApiAccess(
  requestedOrEmpty: string,
  // Outside a Vite build (unit tests) the constant is not defined: no built-in list.
  { builtIn = typeof __PLUGBOARD_API_URLS__ === 'undefined' ? null : __PLUGBOARD_API_URLS__, fetcher = fetch, timeoutMs = 10_000 }: { builtIn?: string | null; fetcher?: typeof fetch; timeoutMs?: number } = {},
): Promise<ApiAccess> {
  const requested = requestedOrEmpty || null;
  if (builtIn !== null) return chooseApiURL(requested, builtIn.split(','), sources.build);
  const meta = document.querySelector<HTMLMetaElement>('meta[name=plugboard-config]');
  const source = meta ? sources.page : sources.file;
  let text: string | null;
  try {
    text = meta ? meta.content : await readConfigFile(fetcher, timeoutMs);
  } catch (error) {
    // Offline is not "no configuration": the widget asks again (`widget.ts`).
    return { ok: false, failure: networkFailureFrom(error) };
  }
  if (text === null) return refused('widget_not_configured', `This widget has no API configured. ${howToConfigure}`);
  const file = readDeploymentFile(parseJson(text));
  if ('problem' in file) return refused('widget_not_configured', `The widget's ${source} is invalid (${file.problem}). ${howToConfigure}`);
  return chooseApiURL(requested, file.apiURLs, source);
}
