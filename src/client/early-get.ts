import { parseIntegrationsResponse, parseSessionResponse } from '../contract/first-load';
import type { Integration, Session } from '../contract/types';
import type { Result } from './failure';
import { receive, type ReceiveOptions } from './read-response';

/** `apiURL` keeps its path prefix: `https://host/prefix` + `/connect/session`. */
export function endpointUrl(apiURL: string, path: string, query = ''): string {
  const url = new URL(apiURL);
  url.pathname = url.pathname.replace(/\/+$/, '') + path;
  url.search = query;
  url.hash = '';
  return url.toString();
}

/**
 * A GET already on the wire, sent as soon as the token is known. Whoever reads it (`readLoadGets`,
 * or the API client it is handed to) parses and classifies the answer, and aborts it on timeout or
 * cancel, exactly as if it had sent it.
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

/** A GET with the API client's headers for a bearer call, sent now and read later. */
export function sendEarlyGet(path: string, { apiURL, token, acceptLanguage, fetch: fetcher = fetch }: EarlyGetOptions): PendingGet {
  const controller = new AbortController();
  // The same headers the API client sends for a bearer GET.
  const headers = { accept: 'application/json', 'accept-language': acceptLanguage(), authorization: `Bearer ${token}` };
  const response = fetcher(endpointUrl(apiURL, path), { method: 'GET', headers, signal: controller.signal });
  // Nobody awaits it until the client takes over; the client reports a failure, not the console.
  response.catch(() => undefined);
  return { response, abort: () => controller.abort() };
}

export const providerPath = (provider: string) => `/providers/${encodeURIComponent(provider)}`;

export function sendLoadGets(options: EarlyGetOptions): LoadGets {
  return { session: sendEarlyGet('/connect/session', options), integrations: sendEarlyGet('/integrations', options) };
}

/**
 * Reads the first load's two answers as the API client reads any (`receive`: status, error envelope,
 * broken bodies, timeout, cancel), with the hand-written parsers: no zod, so the widget's first
 * chunk paints the list without waiting for the lazy half.
 */
export function readLoadGets(gets: LoadGets, options: ReceiveOptions): Promise<[Result<Session>, Result<Integration[]>]> {
  const read = <T>(get: PendingGet, parse: (json: unknown) => T | null) => receive(() => get.response, parse, options, get.abort);
  return Promise.all([read(gets.session, parseSessionResponse), read(gets.integrations, parseIntegrationsResponse)]);
}
