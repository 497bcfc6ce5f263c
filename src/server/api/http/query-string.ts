import { assertSafeKey, nullObject } from './safe-keys';

/** A query value after bracket parsing: a string, a repeated key, or one level of `name[key]` nesting. */
export type QueryValue = string | string[] | Record<string, string>;

/**
 * Parses `a=1&params[subdomain]=acme&b=x&b=y` the way the Nango SDK expects Express/qs to
 *: bracketed keys become a nested object, repeated plain keys an array.
 * Only one nesting level exists in the protocol, so deeper brackets are kept as literal keys.
 * `__proto__`, `constructor` and `prototype`, at either level, are a 400 `invalid_query_params`;
 * the objects returned have no prototype.
 */
export function parseQueryString(search: string): Record<string, QueryValue> {
  const result = nullObject<QueryValue>();
  for (const [rawKey, value] of new URLSearchParams(search)) {
    const nested = /^([^[\]]+)\[([^[\]]*)\]$/.exec(rawKey);
    if (nested?.[1] !== undefined && nested[2] !== undefined) {
      addNested(result, nested[1], nested[2], value);
    } else {
      addPlain(result, rawKey, value);
    }
  }
  return result;
}

function addNested(target: Record<string, QueryValue>, name: string, key: string, value: string): void {
  assertSafeKey(name, 'invalid_query_params', 'a query string');
  assertSafeKey(key, 'invalid_query_params', 'a query string');
  const existing = target[name];
  const bag = typeof existing === 'object' && !Array.isArray(existing) ? existing : nullObject<string>();
  bag[key] = value;
  target[name] = bag;
}

function addPlain(target: Record<string, QueryValue>, key: string, value: string): void {
  assertSafeKey(key, 'invalid_query_params', 'a query string');
  const existing = target[key];
  if (existing === undefined) target[key] = value;
  else if (Array.isArray(existing)) existing.push(value);
  else if (typeof existing === 'string') target[key] = [existing, value];
}
