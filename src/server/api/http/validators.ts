import type { Context, Env, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import { apiError, type ErrorDetail } from './api-error';
import { parseQueryString } from './query-string';
import { parseJsonBody } from './safe-keys';

type Validated<Target extends string, S extends z.ZodType> = {
  in: { [K in Target]: z.input<S> };
  out: { [K in Target]: z.output<S> };
};

/** zod issues → the `errors` array of the envelope. */
export function issuesToDetails(issues: readonly z.core.$ZodIssue[]): ErrorDetail[] {
  return issues.map((issue) => ({ code: issue.code, message: issue.message, path: issue.path.map(String) }));
}

/**
 * JSON body validator. Rejects a Content-Type that is present and not JSON (415), malformed
 * JSON, `__proto__`/`constructor`/`prototype` keys and schema failures (400 `invalid_body`). An empty body counts as `{}`, because the Nango
 * SDK omits the body entirely when it has nothing to send.
 */
export function jsonBody<S extends z.ZodType>(schema: S): MiddlewareHandler<Env, string, Validated<'json', S>> {
  return async function validateJsonBody(c, next) {
    assertJsonContentType(c);
    const text = await c.req.text();
    const parsed = schema.safeParse(text.trim() === '' ? {} : parseJsonBody(text));
    if (!parsed.success) throw apiError(400, 'invalid_body', undefined, issuesToDetails(parsed.error.issues));
    c.req.addValidatedData('json', parsed.data as object);
    await next();
  };
}

/** Query validator with qs-style bracket parsing (`params[subdomain]=acme`). */
export function queryParams<S extends z.ZodType>(schema: S): MiddlewareHandler<Env, string, Validated<'query', S>> {
  return async function validateQuery(c, next) {
    const parsed = schema.safeParse(parseQueryString(new URL(c.req.url).search));
    if (!parsed.success) throw apiError(400, 'invalid_query_params', undefined, issuesToDetails(parsed.error.issues));
    c.req.addValidatedData('query', parsed.data as object);
    await next();
  };
}

export function uriParams<S extends z.ZodType>(schema: S): MiddlewareHandler<Env, string, Validated<'param', S>> {
  return async function validateParams(c, next) {
    const parsed = schema.safeParse(c.req.param());
    if (!parsed.success) throw apiError(400, 'invalid_uri_params', undefined, issuesToDetails(parsed.error.issues));
    c.req.addValidatedData('param', parsed.data as object);
    await next();
  };
}

/** A Content-Type header, when present, must be JSON, even on a GET. */
export function assertJsonContentType(c: Context): void {
  const contentType = c.req.header('content-type');
  if (contentType !== undefined && !contentType.toLowerCase().startsWith('application/json')) {
    throw apiError(415, 'invalid_content_type', 'Content-Type header must be application/json');
  }
}

export const requireJsonContentType: MiddlewareHandler = async function requireJsonContentType(c, next) {
  assertJsonContentType(c);
  await next();
};
