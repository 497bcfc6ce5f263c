import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { apiError } from './api-error';

/**
 * One line per request. The query string is left out on purpose: it carries session tokens. Path
 * segments that work as a bearer value (a redirect flow id hands out its outcome) are masked.
 */
export function requestLog(log: (line: string) => void): MiddlewareHandler {
  return async function logRequest(c, next) {
    const startedAt = performance.now();
    await next();
    log(`${c.req.method} ${loggedPath(c.req.path)} ${c.res.status} ${Math.round(performance.now() - startedAt)}ms`);
  };
}

export function loggedPath(path: string): string {
  return path.replace(/^\/oauth\/redirect\/[^/]+/, '/oauth/redirect/:flowId');
}

/**
 * Headers for every answer. No Cross-Origin-Resource-Policy: the widget on another origin loads
 * the logos. Pages that need their own CSP set it before this runs its `after` part.
 */
export const securityHeaders: MiddlewareHandler = async function setSecurityHeaders(c, next) {
  await next();
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', c.res.headers.get('Referrer-Policy') ?? 'strict-origin');
  c.header('X-Frame-Options', 'DENY');
  if (!c.res.headers.has('Content-Security-Policy')) c.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
};

/** Any origin may call the API; the session token is the credential, not cookies. */
export const apiCors: MiddlewareHandler = cors({
  origin: '*',
  allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
  allowHeaders: [
    'Authorization', 'Content-Type', 'Accept', 'Accept-Language', 'Origin', 'X-Requested-With',
    'Nango-Activity-Log-Id', 'Nango-Is-Dry-Run', 'Nango-Is-Sync', 'Provider-Config-Key', 'Connection-Id', 'Sentry-Trace', 'Baggage',
  ],
  exposeHeaders: [
    'Authorization', 'Etag', 'Content-Type', 'Content-Length', 'X-Nango-Signature',
    'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset',
  ],
  maxAge: 600,
});

export const maxBodyBytes = 100 * 1024;

export const limitBodySize: MiddlewareHandler = bodyLimit({
  maxSize: maxBodyBytes,
  onError: () => {
    throw apiError(413, 'payload_too_large', `The request body is larger than ${maxBodyBytes / 1024} KB`);
  },
});
