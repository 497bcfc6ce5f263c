import { cancelledFailure } from '../api/api-failure';
import { failed, type Result } from '../api/result';

/**
 * Waits for a shared promise (a prefetch already in flight) but lets the user stop waiting:
 * aborting resolves with a cancelled failure while the prefetch itself carries on.
 */
export function untilAborted<T>(promise: Promise<Result<T>>, signal: AbortSignal): Promise<Result<T>> {
  if (signal.aborted) return Promise.resolve(failed(cancelledFailure()));
  return new Promise((resolve) => {
    const onAbort = () => resolve(failed(cancelledFailure()));
    signal.addEventListener('abort', onAbort, { once: true });
    void promise.then((result) => {
      signal.removeEventListener('abort', onAbort);
      resolve(result);
    });
  });
}
