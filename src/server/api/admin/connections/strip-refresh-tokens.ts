import type { Json } from '../../store/store';

/** Any key whose letters, lower-cased, spell `refreshtoken` (`refresh_token`, `refreshToken`, …). */
export function isRefreshTokenKey(key: string): boolean {
  return key.replace(/[^a-z]/gi, '').toLowerCase() === 'refreshtoken';
}

/** Removes refresh tokens at every depth, so they leave the server only when explicitly asked for. */
export function stripRefreshTokens(value: Json): Json {
  if (Array.isArray(value)) return value.map(stripRefreshTokens);
  if (value === null || typeof value !== 'object') return value;
  // No prototype: a `__proto__` key of a provider's answer stays a plain member.
  const kept = Object.create(null) as Record<string, Json>;
  for (const [key, member] of Object.entries(value)) {
    if (!isRefreshTokenKey(key)) kept[key] = stripRefreshTokens(member);
  }
  return kept;
}
