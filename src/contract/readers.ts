import { isObject } from '../protocol/settings';

// The readers of the hand-written parsers (first-load.ts, provider.ts): loose objects (a newer
// server may add fields; they are kept, `__proto__` never), a wrong-typed optional key undefined
// rather than failing the whole answer, a required key missing or wrong failing its object.

export type Fields = Record<string, unknown>;
/** What a reader returns for a value it cannot accept. */
export const invalid = Symbol('invalid');
export type Read = (value: unknown) => unknown;

export const text: Read = (value) => (typeof value === 'string' ? value : undefined);
export const flag: Read = (value) => (typeof value === 'boolean' ? value : undefined);
export const key: Read = (value) => (typeof value === 'string' && value ? value : invalid);
export const anything: Read = (value) => value;

/** Every item read by `read`, or `fail` when one is not accepted. */
export function listOf(read: Read, fail: unknown = undefined): Read {
  return (value) => {
    if (!Array.isArray(value)) return fail;
    const items: unknown[] = [];
    for (const item of value) {
      const parsed = read(item);
      if (parsed === invalid || parsed === undefined) return fail;
      items.push(parsed);
    }
    return items;
  };
}

/** A map of entries read by `read`; one wrong entry loses the whole map (undefined). */
export function mapOf(read: Read): Read {
  return (value) => {
    if (!isObject(value)) return undefined;
    const map: Fields = {};
    for (const name of Object.keys(value)) {
      if (name === '__proto__') continue;
      const parsed = read(value[name]);
      if (parsed === invalid || (parsed === undefined && value[name] !== undefined)) return undefined;
      map[name] = parsed;
    }
    return map;
  };
}

/**
 * A loose object: each declared key its reader's value (only when present, or when the reader
 * supplies a default), then every other own key as sent. `invalid` when not an object or when a
 * reader rejects (a required key).
 */
export function loose(fields: Record<string, Read>): (value: unknown) => Fields | typeof invalid {
  return (value) => {
    if (!isObject(value)) return invalid;
    const object: Fields = {};
    for (const name of Object.keys(fields)) {
      const parsed = (fields[name] as Read)(Object.hasOwn(value, name) ? value[name] : undefined);
      if (parsed === invalid) return invalid;
      if (parsed !== undefined || Object.hasOwn(value, name)) object[name] = parsed;
    }
    for (const name of Object.keys(value)) if (!Object.hasOwn(fields, name) && name !== '__proto__') object[name] = value[name];
    return object;
  };
}

/** A loose object as an optional key: undefined when it is not one. */
export const optionalObject = (fields: Record<string, Read>): Read => {
  const read = loose(fields);
  return (value) => {
    const parsed = read(value);
    return parsed === invalid ? undefined : parsed;
  };
};

