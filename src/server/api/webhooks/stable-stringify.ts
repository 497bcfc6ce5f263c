/**
 * Deterministic JSON: object keys sorted, `undefined` members dropped (as JSON.stringify does).
 * The webhook signature is computed over exactly this string, so it must never vary.
 */
export function stableStringify(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'null';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : sortKeys(item)));
  if (value === null || typeof value !== 'object') return value;
  // No prototype: a `__proto__` key of stored data stays a plain member.
  const sorted = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value).sort()) {
    const member: unknown = Reflect.get(value, key);
    if (member !== undefined) sorted[key] = sortKeys(member);
  }
  return sorted;
}
