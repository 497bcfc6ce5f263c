import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ApiError, type ErrorEnvelope } from './api-error';
import { loggedPath } from './common-middleware';

/** The single `onError`: every failure leaves the server in Nango's error envelope. */
export function handleApiError(log: (line: string) => void) {
  return function onError(err: Error, c: Context): Response {
    if (err instanceof ApiError) return c.json(err.toEnvelope(), err.status);
    if (err instanceof HTTPException) {
      // Raised by hono's own middleware (body limit, for example): keep its status, give it a code.
      const status = err.status;
      return c.json(envelopeFor(status, err.message), status);
    }
    log(`error ${c.req.method} ${loggedPath(c.req.path)}: ${err.stack ?? err.message}`);
    return c.json(envelopeFor(500, 'An unexpected error occurred'), 500);
  };
}

function envelopeFor(status: number, message: string): ErrorEnvelope {
  const code = status === 413 ? 'payload_too_large' : status >= 500 ? 'server_error' : 'invalid_request';
  return { error: { code, ...(message ? { message } : {}) } };
}
