import { parseIntegrationsResponse, parseSessionResponse } from '../contract/first-load';
import { parseConnectionResponse, parseProviderResponse } from '../contract/provider';
import type { ConnectionResponse, Integration, Provider, Session } from '../contract/types';
import type { Result } from './failure';
import { receive, type BodyParser } from './read-response';
import type { AuthRequest } from './auth';
import { endpointUrl, providerPath, type PendingGet } from './early-get';

export interface ApiClientOptions {
  apiURL: string;
  getToken: () => string | null;
  acceptLanguage: () => string;
  fetch?: typeof fetch;
  /** A call that takes longer fails with `timeout`; the UI shows progress well before. */
  timeoutMs?: number;
}


/** The Connect API's calls; each resolves to a `Result` and never rejects. */
export interface ApiClient {
  /** `early`: the same GET, already sent by first-screen code; it is taken over, not sent again. */
  getSession: (signal?: AbortSignal, early?: PendingGet) => Promise<Result<Session>>;
  listIntegrations: (signal?: AbortSignal, early?: PendingGet) => Promise<Result<Integration[]>>;
  /** `early`: the same GET, sent while this client's chunk was still loading. */
  getProvider: (provider: string, signal?: AbortSignal, early?: PendingGet) => Promise<Result<Provider>>;
  postAuth: (request: AuthRequest, signal?: AbortSignal) => Promise<Result<ConnectionResponse>>;
}

interface Call<T> {
  path: string;
  query?: string;
  method?: 'GET' | 'POST';
  body?: Record<string, unknown> | null;
  useBearer: boolean;
  parse: BodyParser<T>;
  signal: AbortSignal | undefined;
  early?: PendingGet;
}

export { apiFailure, errorTypeFor } from './read-response';

export function createApiClient({ apiURL, getToken, acceptLanguage, fetch: fetcher = fetch, timeoutMs = 20_000 }: ApiClientOptions): ApiClient {
  function headersFor(call: Call<unknown>): Record<string, string> {
    const headers: Record<string, string> = { accept: 'application/json', 'accept-language': acceptLanguage() };
    if (call.useBearer) headers.authorization = `Bearer ${getToken() ?? ''}`;
    if (call.body) headers['content-type'] = 'application/json';
    return headers;
  }

  function send<T>(call: Call<T>): Promise<Result<T>> {
    const { early } = call;
    const request = (signal: AbortSignal) =>
      early?.response ??
      fetcher(endpointUrl(apiURL, call.path, call.query), {
        method: call.method ?? 'GET',
        headers: headersFor(call),
        body: call.body ? JSON.stringify(call.body) : null,
        signal,
      });
    return receive(request, call.parse, { signal: call.signal, timeoutMs }, early?.abort);
  }

  return {
    // The first load's two GETs are read exactly as the widget's first screen reads them.
    getSession: (signal, early) => send({ path: '/connect/session', useBearer: true, parse: parseSessionResponse, signal, early }),
    listIntegrations: (signal, early) => send({ path: '/integrations', useBearer: true, parse: parseIntegrationsResponse, signal, early }),
    // The form's and its submit's answers are read without zod too (contract/provider.ts).
    getProvider: (provider, signal, early) => send({ path: providerPath(provider), useBearer: true, parse: parseProviderResponse, signal, early }),
    postAuth: (request, signal) => send({ ...request, method: 'POST', useBearer: false, parse: parseConnectionResponse, signal }),
  };
}
