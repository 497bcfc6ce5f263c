import type { ErrorType } from '../../protocol/errors';

/** A failed call, mapped once at the boundary; screens and events read only this. */
export interface ApiFailure {
  errorType: ErrorType;
  /** The raw code the server sent (e.g. `invalid_body`), or null when it sent none. */
  code: string | null;
  /** The server's own message; empty when it sent none (the UI then uses a specific fallback). */
  message: string;
  status: number | null;
  /** What "Show details" reveals: the server's error, compacted, or an excerpt of a broken body. */
  detail: string | null;
  /** The user stopped waiting: shown, but not reported to the host as an error. */
  isCancelled?: boolean;
}

/** Failures that only a fresh session token can fix. */
export function isSessionFailure(failure: ApiFailure): boolean {
  return failure.errorType === 'session_expired' || failure.errorType === 'invalid_session_token';
}

export function networkFailure(detail: string | null): ApiFailure {
  return { errorType: 'network_error', code: null, message: '', status: null, detail };
}

export function timeoutFailure(): ApiFailure {
  return { errorType: 'timeout', code: null, message: '', status: null, detail: null };
}

export function cancelledFailure(): ApiFailure {
  return { ...timeoutFailure(), isCancelled: true };
}
