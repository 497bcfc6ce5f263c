import type { ErrorType } from '../protocol/errors';

// Failures, mapped once at the boundary onto the closed `errorType` set the widget's events and
// the headless client's rejections share. No zod here, and no status/code table (that is in http.ts):
// the widget's first screen loads this file.

/** A failed call; screens, events and `ConnectError` read only this. */
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

/** What every call of the widget resolves to: it never rejects, so no caller can forget a failure path. */
export type Result<T> = { ok: true; value: T } | { ok: false; failure: ApiFailure };

export const success = <T>(value: T): Result<T> => ({ ok: true, value });
export const failed = <T>(failure: ApiFailure): Result<T> => ({ ok: false, failure });

/** Failures that only a fresh session token can fix. */
export function isSessionFailure(failure: ApiFailure): boolean {
  return failure.errorType === 'session_expired' || failure.errorType === 'invalid_session_token';
}

export function networkFailure(detail: string | null): ApiFailure {
  return { errorType: 'network_error', code: null, message: '', status: null, detail };
}

/** A thrown fetch or chunk load (offline, refused, a deploy replaced the file): the error's message is the detail. */
export const networkFailureFrom = (error: unknown): ApiFailure => networkFailure(error instanceof Error ? error.message : null);

export function timeoutFailure(): ApiFailure {
  return { errorType: 'timeout', code: null, message: '', status: null, detail: null };
}

export function cancelledFailure(): ApiFailure {
  return { ...timeoutFailure(), isCancelled: true };
}

/** The error the headless client rejects with: Nango's `type` and `message`, plus the raw code and status. */
export class ConnectError extends Error {
  override readonly name = 'ConnectError';
  readonly type: ErrorType | 'missing_credentials';
  readonly code: string | null;
  readonly status: number | null;
  /** The server's error or an excerpt of a broken body, for logs. */
  readonly detail: string | null;

  constructor(type: ErrorType | 'missing_credentials', message: string, options: { code?: string | null; status?: number | null; detail?: string | null } = {}) {
    super(message || type);
    this.type = type;
    this.code = options.code ?? null;
    this.status = options.status ?? null;
    this.detail = options.detail ?? null;
  }

  static from(failure: ApiFailure): ConnectError {
    return new ConnectError(failure.errorType, failure.message, failure);
  }
}
