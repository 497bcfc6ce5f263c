import { randomBytes } from 'node:crypto';

export interface AuthorizationRequest {
  clientId: string;
  redirectUri: string;
  state: string | null;
  scope: string;
  codeChallenge: string | null;
  codeChallengeMethod: string | null;
}

interface IssuedCode extends AuthorizationRequest {
  expiresAt: number;
}

const requestTtlMs = 10 * 60 * 1000;
const codeTtlMs = 60 * 1000;

/**
 * The test provider's memory: pending consent screens, one-time codes, refresh tokens.
 * Kept in memory on purpose: a restart of the fake provider is like a provider revoking tokens.
 */
export function createGrantStore(now: () => number) {
  const pendingRequests = new Map<string, AuthorizationRequest & { expiresAt: number }>();
  const codes = new Map<string, IssuedCode>();
  const refreshTokens = new Map<string, { clientId: string; scope: string }>();
  const newId = (prefix: string) => `${prefix}_${randomBytes(24).toString('base64url')}`;

  return {
    savePendingRequest(request: AuthorizationRequest): string {
      const id = newId('req');
      pendingRequests.set(id, { ...request, expiresAt: now() + requestTtlMs });
      return id;
    },
    takePendingRequest(id: string): AuthorizationRequest | undefined {
      const request = pendingRequests.get(id);
      pendingRequests.delete(id);
      return request && request.expiresAt > now() ? request : undefined;
    },
    issueCode(request: AuthorizationRequest): string {
      const code = newId('code');
      codes.set(code, { ...request, expiresAt: now() + codeTtlMs });
      return code;
    },
    /** Codes are single-use (RFC 6749 §4.1.2). */
    takeCode(code: string): IssuedCode | undefined {
      const issued = codes.get(code);
      codes.delete(code);
      return issued && issued.expiresAt > now() ? issued : undefined;
    },
    issueTokens(clientId: string, scope: string, { withRefresh }: { withRefresh: boolean }) {
      const refreshToken = withRefresh ? newId('rt') : undefined;
      if (refreshToken) refreshTokens.set(refreshToken, { clientId, scope });
      return {
        access_token: newId('at'),
        token_type: 'Bearer',
        expires_in: 3600,
        scope,
        ...(refreshToken ? { refresh_token: refreshToken } : {}),
      };
    },
    /** Refresh tokens rotate: the old one stops working once used. */
    takeRefreshToken(token: string): { clientId: string; scope: string } | undefined {
      const grant = refreshTokens.get(token);
      refreshTokens.delete(token);
      return grant;
    },
  };
}

export type GrantStore = ReturnType<typeof createGrantStore>;
