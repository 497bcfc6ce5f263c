import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const connectSessionTokenPrefix = 'nango_connect_session_';
export const connectSessionTokenPattern = /^nango_connect_session_[a-f0-9]{64}$/;

/** The prefix plus 64 lowercase hex characters (32 random bytes). */
export function generateConnectSessionToken(): string {
  return connectSessionTokenPrefix + randomBytes(32).toString('hex');
}

/** Tokens are stored as this hash only, so a copy of the database cannot be replayed. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Compares two secrets without leaking, through timing, how many leading characters matched. */
export function secretsMatch(given: string, expected: string): boolean {
  // Hashing first gives both sides the same length, which timingSafeEqual requires.
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
