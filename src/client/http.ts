import { z } from '../contract/zod';
import { connectionResponse, errorEnvelope, integrationsResponse, providerResponse, sessionResponse } from '../contract/connect';
import type { ConnectionResponse, Integration, Provider, Session } from '../contract/types';
import type { ErrorType } from '../protocol/errors';
import { cancelledFailure, failed, networkFailure, success, timeoutFailure, type ApiFailure, type Result } from './failure';
import type { AuthRequest } from './auth';
import { endpointUrl, type PendingGet } from './early-get';

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

// Codes whose meaning is stable across Nango's routes. Everything else is
// classified by status: the same code comes with different statuses on different routes.
const typeByCode: Record<string, ErrorType> = {
  unknown_connect_session_token: 'session_expired',
  invalid_connect_session_token_format: 'invalid_session_token',
  // Nango reads a malformed token on GET /integrations as a malformed secret key.
  invalid_secret_key_format: 'invalid_session_token',
  missing_auth_header: 'invalid_session_token',
  malformed_auth_header: 'invalid_session_token',
  connection_test_failed: 'connection_test_failed',
  invalid_credentials: 'connection_test_failed',
  connection_validation_failed: 'connection_validation_failed',
  resource_capped: 'resource_capped',
  server_error: 'server_error',
};

export function errorTypeFor(status: number | null, code: string | null): ErrorType {
  const byCode = code !== null && Object.hasOwn(typeByCode, code) ? typeByCode[code] : undefined;
  if (byCode) return byCode;
  if (status === 401) return 'session_expired';
  if (status !== null && status >= 500) return 'server_error';
  if (status !== null && status >= 400) return 'invalid_request';
  return 'unknown_error';
}

export function apiFailure(status: number | null, code: string | null, message: string, detail: string | null): ApiFailure {
  return { errorType: errorTypeFor(status, code), code, message: message.trim(), status, detail };
}

const detailLimit = 2000;

function parseJson(text: string): { ok: true; json: unknown } | { ok: false } {
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

const excerpt = (text: string) => (text.length > detailLimit ? `${text.slice(0, detailLimit)}…` : text);

/** Any JSON holding `error` is a failure whatever the status (Nango's TBA route answers 200 + error). */
function failureFromEnvelope(status: number, json: unknown): ApiFailure | null {
  const envelope = z.safeParse(errorEnvelope, json);
  if (!envelope.success) return null;
  const { error } = envelope.data;
  const detail = excerpt(JSON.stringify(error));
  if (typeof error === 'string') return apiFailure(status, error, '', detail);
  return apiFailure(status, error.code ?? null, error.message ?? '', detail);
}

function brokenBody(status: number, text: string, code: string): ApiFailure {
  const failure = apiFailure(status, null, '', text ? excerpt(text) : null);
  // A 2xx we cannot read is the server's fault, not the caller's.
  return status < 400 ? { ...failure, errorType: 'server_error', code } : failure;
}

/**
 * Turns a status and a body into a value or a failure. Pure, so every broken response (HTML from a
 * proxy, truncated JSON, an empty body, a wrong shape) is tested without a network.
 */
export function interpretResponse<T>(status: number, text: string, schema: z.ZodMiniType<T>): Result<T> {
  const parsed = text.trim() ? parseJson(text) : { ok: false as const };
  const fromEnvelope = parsed.ok ? failureFromEnvelope(status, parsed.json) : null;
  if (fromEnvelope) return failed(fromEnvelope);
  if (status < 200 || status >= 300) return failed(brokenBody(status, text, 'http_error'));
  if (!parsed.ok) return failed(brokenBody(status, text, text.trim() ? 'malformed_json' : 'empty_body'));
  const result = z.safeParse(schema, parsed.json);
  if (result.success) return success(result.data);
  return failed(brokenBody(status, excerpt(text), 'unexpected_response'));
}

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
    if (call.signal?.aborted) stop();
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
