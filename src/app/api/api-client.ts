import type { z } from '../../protocol/zod';
import { cancelledFailure, networkFailure, timeoutFailure } from './api-failure';
import type { PendingGet } from './early-get';
import { endpointUrl } from './endpoint-url';
import {
  connectionResponse,
  integrationsResponse,
  providerResponse,
  sessionResponse,
  type ConnectionResponse,
  type Integration,
  type Provider,
  type Session,
} from './api-schemas';
import { interpretResponse } from './interpret-response';
import { failed, type Result } from './result';

export interface ApiClientOptions {
  apiURL: string;
  getToken: () => string | null;
  acceptLanguage: () => string;
  fetch?: typeof fetch;
  /** A call that takes longer fails with `timeout`; the UI shows progress well before. */
  timeoutMs?: number;
}

/** A direct auth call: the token travels in the query string, not a header. */
export interface AuthRequest {
  path: string;
  query: string;
  body: Record<string, unknown> | null;
}

export interface ApiClient {
  /** `early`: the same GET, already sent by first-screen code; it is taken over, not sent again. */
  getSession: (signal?: AbortSignal, early?: PendingGet) => Promise<Result<Session>>;
  listIntegrations: (signal?: AbortSignal, early?: PendingGet) => Promise<Result<Integration[]>>;
  getProvider: (provider: string, signal?: AbortSignal) => Promise<Result<Provider>>;
  postAuth: (request: AuthRequest, signal?: AbortSignal) => Promise<Result<ConnectionResponse>>;
}

interface Call<T> {
  path: string;
  query?: string;
  method?: 'GET' | 'POST';
  body?: Record<string, unknown> | null;
  useBearer: boolean;
  schema: z.ZodMiniType<T>;
  signal: AbortSignal | undefined;
  early?: PendingGet;
}

export { endpointUrl };

export function createApiClient({ apiURL, getToken, acceptLanguage, fetch: fetcher = fetch, timeoutMs = 20_000 }: ApiClientOptions): ApiClient {
  function headersFor(call: Call<unknown>): Record<string, string> {
    const headers: Record<string, string> = { accept: 'application/json', 'accept-language': acceptLanguage() };
    if (call.useBearer) headers.authorization = `Bearer ${getToken() ?? ''}`;
    if (call.body) headers['content-type'] = 'application/json';
    return headers;
  }

  async function send<T>(call: Call<T>): Promise<Result<T>> {
    const controller = new AbortController();
    let timedOut = false;
    const stop = () => {
      controller.abort();
      call.early?.abort();
    };
    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, timeoutMs);
    call.signal?.addEventListener('abort', stop);
    try {
      const response = await (call.early?.response ??
        fetcher(endpointUrl(apiURL, call.path, call.query), {
          method: call.method ?? 'GET',
          headers: headersFor(call),
          body: call.body ? JSON.stringify(call.body) : null,
          signal: controller.signal,
        }));
      return interpretResponse(response.status, await response.text(), call.schema);
    } catch (error) {
      if (timedOut) return failed(timeoutFailure());
      if (controller.signal.aborted) return failed(cancelledFailure());
      return failed(networkFailure(error instanceof Error ? error.message : null));
    } finally {
      clearTimeout(timer);
      call.signal?.removeEventListener('abort', stop);
    }
  }

  return {
    getSession: async (signal, early) => {
      const result = await send({ path: '/connect/session', useBearer: true, schema: sessionResponse, signal, early });
      return result.ok ? { ok: true, value: result.value.data } : result;
    },
    listIntegrations: async (signal, early) => {
      const result = await send({ path: '/integrations', useBearer: true, schema: integrationsResponse, signal, early });
      return result.ok ? { ok: true, value: result.value.data.filter((item) => item !== null) } : result;
    },
    getProvider: async (provider, signal) => {
      const path = `/providers/${encodeURIComponent(provider)}`;
      const result = await send({ path, useBearer: true, schema: providerResponse, signal });
      return result.ok ? { ok: true, value: result.value.data } : result;
    },
    postAuth: (request, signal) =>
      send({ ...request, method: 'POST', useBearer: false, schema: connectionResponse, signal }),
  };
}
