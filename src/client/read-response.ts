import { parseErrorEnvelope } from '../contract/first-load';
import type { ErrorType } from '../protocol/errors';
import { cancelledFailure, failed, networkFailureFrom, success, timeoutFailure, type ApiFailure, type Result } from './failure';

// How every answer of the API is read and classified: status, error envelope, broken bodies,
// timeouts and cancels. Without zod: the widget's first screen reads the first load's two GETs
// with it, and http.ts reads every other call with it too (one implementation).

/** A parser of a good body: its value, or null when the body is not of the expected shape. */
export type BodyParser<T> = (json: unknown) => T | null;

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
  const envelope = parseErrorEnvelope(json);
  if (!envelope) return null;
  const { error } = envelope;
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
export function readBody<T>(status: number, text: string, parse: BodyParser<T>): Result<T> {
  const parsed = text.trim() ? parseJson(text) : { ok: false as const };
  const fromEnvelope = parsed.ok ? failureFromEnvelope(status, parsed.json) : null;
  if (fromEnvelope) return failed(fromEnvelope);
  if (status < 200 || status >= 300) return failed(brokenBody(status, text, 'http_error'));
  if (!parsed.ok) return failed(brokenBody(status, text, text.trim() ? 'malformed_json' : 'empty_body'));
  const value = parse(parsed.json);
  if (value !== null) return success(value);
  return failed(brokenBody(status, excerpt(text), 'unexpected_response'));
}

export interface ReceiveOptions {
  /** The caller stops waiting: a cancelled failure. */
  signal?: AbortSignal | undefined;
  /** A call that takes longer fails with `timeout`. */
  timeoutMs: number;
}

/**
 * Waits for a request's answer and reads it; never rejects. `send` starts the request with the
 * signal that aborts it; `abort` also stops a request sent earlier by someone else.
 */
export async function receive<T>(send: (signal: AbortSignal) => Promise<Response>, parse: BodyParser<T>, { signal, timeoutMs }: ReceiveOptions, abort?: () => void): Promise<Result<T>> {
  const controller = new AbortController();
  let timedOut = false;
  const stop = () => {
    controller.abort();
    abort?.();
  };
  const timer = setTimeout(() => {
    timedOut = true;
    stop();
  }, timeoutMs);
  if (signal?.aborted) stop();
  signal?.addEventListener('abort', stop);
  try {
    const response = await send(controller.signal);
    return readBody(response.status, await response.text(), parse);
  } catch (error) {
    if (timedOut) return failed(timeoutFailure());
    if (controller.signal.aborted) return failed(cancelledFailure());
    return failed(networkFailureFrom(error));
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}
