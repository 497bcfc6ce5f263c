/** Why a call failed, in words a developer can act on. */
export interface Failure {
  /** HTTP status, or 0 when no answer came. */
  status: number;
  code: string | null;
  message: string;
}

/** Every call resolves to a Result: it never rejects, so no caller forgets a failure path. */
export type Result<T> = { ok: true; value: T } | { ok: false; failure: Failure };

export const success = <T>(value: T): Result<T> => ({ ok: true, value });
export const failure = <T>(status: number, code: string | null, message: string): Result<T> => ({
  ok: false,
  failure: { status, code, message },
});
