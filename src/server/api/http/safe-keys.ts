import { apiError } from './api-error';

/**
 * Keys that reach an object's prototype when a parser writes `target[key] = value`: one request
 * carrying them could change `Object.prototype` for the whole process. Every parser of request
 * input refuses them and builds objects without a prototype.
 */
const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function isForbiddenKey(key: string): boolean {
  return forbiddenKeys.has(key);
}

/** An empty object with no prototype: writing any key to it only ever adds an own property. */
export function nullObject<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** Throws 400 `code` naming the key when it is one of the forbidden ones. */
export function assertSafeKey(key: string, code: 'invalid_query_params' | 'invalid_body', where: string): void {
  if (isForbiddenKey(key)) throw apiError(400, code, `The key "${key}" is not allowed in ${where}.`);
}

class ForbiddenKeyError extends Error {
  constructor(readonly key: string) {
    super(`The key "${key}" is not allowed`);
  }
}

/**
 * `JSON.parse` that refuses forbidden keys at any depth (400 `invalid_body`, naming the key) and
 * returns objects without a prototype. Malformed JSON is a 400 too.
 */
export function parseJsonBody(text: string): unknown {
  try {
    return JSON.parse(text, (key: string, value: unknown) => {
      if (isForbiddenKey(key)) throw new ForbiddenKeyError(key);
      return withoutPrototype(value);
    });
  } catch (err) {
    if (err instanceof ForbiddenKeyError) throw apiError(400, 'invalid_body', `The key "${err.key}" is not allowed in a request body.`);
    const reason = err instanceof Error ? err.message : String(err);
    throw apiError(400, 'invalid_body', `The request body is not valid JSON: ${reason}`);
  }
}

/** `JSON.parse` for answers of other servers (token endpoints): forbidden keys are dropped, not fatal. */
export function parseForeignJson(text: string): unknown {
  return JSON.parse(text, (key: string, value: unknown) => (isForbiddenKey(key) ? undefined : withoutPrototype(value)));
}

function withoutPrototype(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.assign(nullObject<unknown>(), value);
}

/** An `application/x-www-form-urlencoded` body as a prototype-less map; forbidden keys are a 400. */
export function parseFormBody(text: string): Record<string, string> {
  const form = nullObject<string>();
  for (const [key, value] of new URLSearchParams(text)) {
    assertSafeKey(key, 'invalid_body', 'a form body');
    form[key] = value;
  }
  return form;
}
