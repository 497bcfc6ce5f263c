import { isIP } from 'node:net';
import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { ApiDeps } from '../deps';
import { apiError } from './api-error';

/**
 * Which proxies in front of the API may name the client in `X-Forwarded-For`: none (the default:
 * the socket's address is the client), the last `hops` of them, or those with these addresses.
 */
export type TrustedProxies = { hops: number } | { addresses: string[] };

/** Reads `PLUGBOARD_TRUSTED_PROXIES`: empty, a number of hops, or a comma-separated list of IP addresses. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const text = (value ?? '').trim();
  if (text === '') return { hops: 0 };
  if (/^\d+$/.test(text)) return { hops: Number(text) };
  const addresses = text.split(',').map((part) => part.trim());
  const bad = addresses.find((address) => isIP(address) === 0);
  if (bad !== undefined) {
    throw new Error(`PLUGBOARD_TRUSTED_PROXIES must be a number of proxy hops or a comma-separated list of IP addresses; "${bad}" is neither`);
  }
  return { addresses };
}

const plainAddress = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');

/**
 * The client's address: the socket's, unless it is a trusted proxy, in which case the proxy's
 * `X-Forwarded-For` entry before it, and so on (each proxy appends the address it received from).
 */
export function pickClientAddress(socketAddress: string, forwardedFor: string | undefined, trust: TrustedProxies): string {
  const chain = [...(forwardedFor ?? '').split(',').map((part) => part.trim()).filter(Boolean), plainAddress(socketAddress)].map(plainAddress);
  if ('hops' in trust) return chain[Math.max(0, chain.length - 1 - trust.hops)] ?? socketAddress;
  let index = chain.length - 1;
  while (index > 0 && trust.addresses.includes(chain[index] ?? '')) index -= 1;
  return chain[index] ?? socketAddress;
}

export function clientAddress(c: Context, trust: TrustedProxies): string {
  let socketAddress: string;
  try {
    socketAddress = getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // In-process requests (tests calling app.request()) have no socket.
    socketAddress = 'in-process';
  }
  return pickClientAddress(socketAddress, c.req.header('x-forwarded-for'), trust);
}

interface Window {
  startedAt: number;
  count: number;
}

/** Keys kept per limiter: past it the least recently seen client is forgotten, never everyone. */
const maxClients = 10_000;

/** Fixed windows per client, in memory; a Map's order is its recency list (a hit moves a key last). */
export function createWindows(now: () => number) {
  const windows = new Map<string, Window>();
  return {
    /** Counts one hit for `key` and returns its window. */
    hit(key: string, windowMs: number): Window {
      let window = windows.get(key);
      windows.delete(key);
      if (!window || now() - window.startedAt >= windowMs) window = { startedAt: now(), count: 0 };
      windows.set(key, window);
      while (windows.size > maxClients) {
        const oldest = windows.keys().next();
        if (oldest.done) break;
        windows.delete(oldest.value);
      }
      window.count += 1;
      return window;
    },
    peek(key: string, windowMs: number): Window | undefined {
      const window = windows.get(key);
      return window && now() - window.startedAt < windowMs ? window : undefined;
    },
  };
}

const secondsUntil = (window: Window, windowMs: number, now: number) => Math.max(1, Math.ceil((window.startedAt + windowMs - now) / 1000));

/**
 * A fixed-window limit per client address and bucket, kept in memory: enough to stop a runaway
 * script against a single-process reference server. Limits come from the config (`rate_limit`).
 */
export function rateLimit(deps: ApiDeps, bucket: string): MiddlewareHandler {
  const windows = createWindows(() => deps.now().getTime());
  return async function limitRate(c, next) {
    const { windowMs, maxRequests, trustedProxies } = deps.rateLimit;
    const window = windows.hit(clientAddress(c, trustedProxies), windowMs);
    const resetSeconds = secondsUntil(window, windowMs, deps.now().getTime());
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

/** Wrong secret keys a client may send per minute before every secret-key route refuses it. */
export const maxSecretKeyFailures = 20;
const failureWindowMs = 60_000;

/**
 * Counts wrong secret keys per client. Past the limit the client gets 429 with `Retry-After`
 * until its window ends, whatever key it sends: guessing the key cannot go faster than that.
 */
export function createSecretKeyGuard(now: () => number) {
  const failures = createWindows(now);
  return {
    assertAllowed(c: Context, trust: TrustedProxies): void {
      const window = failures.peek(clientAddress(c, trust), failureWindowMs);
      if (!window || window.count < maxSecretKeyFailures) return;
      const retryAfter = secondsUntil(window, failureWindowMs, now());
      c.header('Retry-After', String(retryAfter));
      throw apiError(429, 'too_many_request', `Too many wrong secret keys; retry in ${retryAfter} s`);
    },
    recordFailure(c: Context, trust: TrustedProxies): void {
      failures.hit(clientAddress(c, trust), failureWindowMs);
    },
  };
}

export type SecretKeyGuard = ReturnType<typeof createSecretKeyGuard>;
