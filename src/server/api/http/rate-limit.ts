import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { ApiDeps } from '../deps';
import { apiError } from './api-error';

interface Window {
  startedAt: number;
  count: number;
}

/**
 * A fixed-window limit per client address and bucket, kept in memory: enough to stop a runaway
 * script against a single-process reference server. Limits come from the config (`rate_limit`).
 */
export function rateLimit(deps: ApiDeps, bucket: string): MiddlewareHandler {
  const windows = new Map<string, Window>();
  return async function limitRate(c, next) {
    const { windowMs, maxRequests } = deps.rateLimit;
    const now = deps.now().getTime();
    const key = clientAddress(c);
    let window = windows.get(key);
    if (!window || now - window.startedAt >= windowMs) {
      if (windows.size > 10_000) windows.clear();
      window = { startedAt: now, count: 0 };
      windows.set(key, window);
    }
    window.count += 1;
    const resetSeconds = Math.ceil((window.startedAt + windowMs - now) / 1000);
    c.header('X-RateLimit-Limit', String(maxRequests));
    c.header('X-RateLimit-Remaining', String(Math.max(0, maxRequests - window.count)));
    c.header('X-RateLimit-Reset', String(resetSeconds));
    if (window.count > maxRequests) {
      c.header('Retry-After', String(resetSeconds));
      throw apiError(429, 'too_many_request', `Too many requests to ${bucket}; retry in ${resetSeconds} s`);
    }
    await next();
  };
}

function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // In-process requests (tests calling app.request()) have no socket.
    return 'in-process';
  }
}
