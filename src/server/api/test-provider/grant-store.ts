import { randomBytes } from 'node:crypto';

export interface AuthorizationRequest {
  clientId: string;
  redirectUri: string;
  state: string | null;
  scope: string;
  codeChallenge: string | null;
  codeChallengeMethod: string | null;
}

const requestTtlMs = 10 * 60 * 1000;
const codeTtlMs = 60 * 1000;
const refreshTokenTtlMs = 24 * 60 * 60 * 1000;

/** Anyone can open the consent page: every kind of grant is capped, the oldest going first. */
export const grantLimits = { maxEntries: 5_000 } as const;

/** A map whose entries expire; writes purge what expired and evict the oldest past the cap. */
export function expiringMap<T>(ttlMs: number, now: () => number) {
  const entries = new Map<string, { value: T; expiresAt: number }>();
  // Insertion order is expiry order (one TTL per map): the oldest entries are always first.
  const purge = (room: number) => {
    for (const [oldKey, entry] of entries) {
      if (entry.expiresAt > now() && entries.size + room <= grantLimits.maxEntries) break;
      entries.delete(oldKey);
    }
  };
  return {
    purge: () => purge(0),
    set(key: string, value: T): void {
      purge(1);
      entries.set(key, { value, expiresAt: now() + ttlMs });
    },
    /** Single use: the entry is gone afterwards, expired or not. */
    take(key: string): T | undefined {
      const entry = entries.get(key);
      entries.delete(key);
      return entry && entry.expiresAt > now() ? entry.value : undefined;
    },
    /** Reads without using up. */
    peek(key: string): T | undefined {
      const entry = entries.get(key);
      return entry && entry.expiresAt > now() ? entry.value : undefined;
    },
    size: () => entries.size,
  };
}

/**
 * The test provider's memory: pending consent screens, one-time codes, refresh tokens.
 * Kept in memory on purpose: a restart of the fake provider is like a provider revoking tokens.
 */
export function createGrantStore(now: () => number, accessTokenTtlSeconds = 3600) {
  const pendingRequests = expiringMap<AuthorizationRequest>(requestTtlMs, now);
  const codes = expiringMap<AuthorizationRequest>(codeTtlMs, now);
  const refreshTokens = expiringMap<{ clientId: string; scope: string }>(refreshTokenTtlMs, now);
  const newId = (prefix: string) => `${prefix}_${randomBytes(24).toString('base64url')}`;
  // Every write purges all three kinds, so nothing outlives its TTL for long on a quiet provider.
  const purgeAll = () => [pendingRequests, codes, refreshTokens].forEach((map) => map.purge());

  return {
    savePendingRequest(request: AuthorizationRequest): string {
      const id = newId('req');
      purgeAll();
      pendingRequests.set(id, request);
      return id;
    },
    takePendingRequest: (id: string): AuthorizationRequest | undefined => pendingRequests.take(id),
    issueCode(request: AuthorizationRequest): string {
      const code = newId('code');
      purgeAll();
      codes.set(code, request);
      return code;
    },
    /** Codes are single-use (RFC 6749 section 4.1.2). */
    takeCode: (code: string): AuthorizationRequest | undefined => codes.take(code),
    issueTokens(clientId: string, scope: string, { withRefresh }: { withRefresh: boolean }) {
      const refreshToken = withRefresh ? newId('rt') : undefined;
      purgeAll();
      if (refreshToken) refreshTokens.set(refreshToken, { clientId, scope });
      return {
        access_token: newId('at'),
        token_type: 'Bearer',
        expires_in: accessTokenTtlSeconds,
        scope,
        ...(refreshToken ? { refresh_token: refreshToken } : {}),
      };
    },
    /** Refresh tokens rotate: the old one stops working once used. */
    takeRefreshToken: (token: string): { clientId: string; scope: string } | undefined => refreshTokens.take(token),
    /** RFC 7009: a revoked refresh token is forgotten; unknown tokens are not an error. */
    revokeRefreshToken(token: string, clientId: string): void {
      const grant = refreshTokens.take(token);
      if (grant && grant.clientId !== clientId) refreshTokens.set(token, grant);
    },
    size: () => ({ pendingRequests: pendingRequests.size(), codes: codes.size(), refreshTokens: refreshTokens.size() }),
  };
}

export type GrantStore = ReturnType<typeof createGrantStore>;
