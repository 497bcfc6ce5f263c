/** `apiURL` keeps its path prefix: `https://host/prefix` + `/connect/session`. */
export function endpointUrl(apiURL: string, path: string, query = ''): string {
  const url = new URL(apiURL);
  url.pathname = url.pathname.replace(/\/+$/, '') + path;
  url.search = query;
  url.hash = '';
  return url.toString();
}

/**
 * A GET already on the wire, sent by first-screen code before the API client's chunk arrived.
 * The client takes it over: it reads, parses and classifies the answer, and aborts it on timeout
 * or cancel, exactly as if it had sent it.
 */
export interface PendingGet {
  response: Promise<Response>;
  abort: () => void;
}

/** The two GETs of the first load, which leave together as soon as the token is known. */
export interface LoadGets {
  session: PendingGet;
  integrations: PendingGet;
}

export interface EarlyGetOptions {
  apiURL: string;
  token: string;
  acceptLanguage: () => string;
  fetch?: typeof fetch;
}

function sendEarlyGet(path: string, { apiURL, token, acceptLanguage, fetch: fetcher = fetch }: EarlyGetOptions): PendingGet {
  const controller = new AbortController();
  // The same headers the API client sends for a bearer GET.
  const headers = { accept: 'application/json', 'accept-language': acceptLanguage(), authorization: `Bearer ${token}` };
  const response = fetcher(endpointUrl(apiURL, path), { method: 'GET', headers, signal: controller.signal });
  // Nobody awaits it until the client takes over; the client reports a failure, not the console.
  response.catch(() => undefined);
  return { response, abort: () => controller.abort() };
}

export function sendLoadGets(options: EarlyGetOptions): LoadGets {
  return { session: sendEarlyGet('/connect/session', options), integrations: sendEarlyGet('/integrations', options) };
}
