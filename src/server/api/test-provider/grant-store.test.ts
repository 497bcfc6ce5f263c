import { describe, expect, it } from 'vitest';
import { createGrantStore, grantLimits, type AuthorizationRequest } from './grant-store';

const request: AuthorizationRequest = { clientId: 'app', redirectUri: 'http://api.test/oauth/callback', state: 's', scope: 'a', codeChallenge: null, codeChallengeMethod: null };

describe('the test provider’s grant store', () => {
  it('stays bounded under a flood of consent screens, codes and refresh tokens, and a flow started after it still finishes', () => {
    const grants = createGrantStore(() => 0);
    for (let index = 0; index < grantLimits.maxEntries * 2; index += 1) {
      grants.savePendingRequest(request);
      grants.issueCode(request);
      grants.issueTokens('app', 'a', { withRefresh: true });
    }
    expect(grants.size()).toEqual({ pendingRequests: grantLimits.maxEntries, codes: grantLimits.maxEntries, refreshTokens: grantLimits.maxEntries });

    const pending = grants.takePendingRequest(grants.savePendingRequest(request));
    expect(pending).toMatchObject({ clientId: 'app' });
    const code = grants.takeCode(grants.issueCode(request));
    expect(code).toMatchObject({ clientId: 'app' });
    const tokens = grants.issueTokens('app', 'a', { withRefresh: true });
    expect(grants.takeRefreshToken(tokens.refresh_token ?? '')).toEqual({ clientId: 'app', scope: 'a' });
  });

  it('forgets what expired: consent screens after 10 minutes, codes after a minute, refresh tokens after a day', () => {
    let now = 0;
    const grants = createGrantStore(() => now);
    const requestId = grants.savePendingRequest(request);
    const code = grants.issueCode(request);
    const refreshToken = grants.issueTokens('app', 'a', { withRefresh: true }).refresh_token ?? '';
    now += 24 * 60 * 60 * 1000 + 1;
    grants.savePendingRequest(request); // any write purges what expired
    expect(grants.size()).toEqual({ pendingRequests: 1, codes: 0, refreshTokens: 0 });
    expect(grants.takePendingRequest(requestId)).toBeUndefined();
    expect(grants.takeCode(code)).toBeUndefined();
    expect(grants.takeRefreshToken(refreshToken)).toBeUndefined();
  });
});
