import type { ApiFailure } from './api-failure';

/** What every API call resolves to: it never rejects, so no caller can forget a failure path. */
export type Result<T> = { ok: true; value: T } | { ok: false; failure: ApiFailure };

export const success = <T>(value: T): Result<T> => ({ ok: true, value });
export const failed = <T>(failure: ApiFailure): Result<T> => ({ ok: false, failure });
