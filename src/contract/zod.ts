// The protocol's zod (configured once, without JIT, for the widget's strict CSP).
export { z } from '../protocol/zod';

/**
 * What a server sends for a contract type, for `satisfies` on the response it builds: the loose
 * objects' index signatures dropped below the top level, so the server's own interfaces fit, while
 * every declared field keeps its type. (The top level stays open: a server may send more.)
 */
export type Sent<T> = Strict<T> & Record<string, unknown>;
type Strict<T> = T extends readonly (infer U)[]
  ? Strict<U>[]
  : T extends object
    ? { [K in keyof T as string extends K ? never : K]: Strict<T[K]> }
    : T;
