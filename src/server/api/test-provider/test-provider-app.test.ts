import { describe, expect, it } from 'vitest';
import { s256 } from '../oauth/pkce';
import { createTestProviderApp } from './test-provider-app';

const redirectUri = 'http://api.test/oauth/callback';
const provider = createTestProviderApp({
  findClient: (id) => (id === 'app' ? { clientSecret: 'secret', appName: 'Acme CRM' } : undefined),
  redirectUri,
});

const form = (fields: Record<string, string>): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

async function authorize(verifier: string): Promise<string> {
  const query = new URLSearchParams({ response_type: 'code', client_id: 'app', redirect_uri: redirectUri, state: 's', scope: 'a b', code_challenge: s256(verifier), code_challenge_method: 'S256' });
  const page = await (await provider.request(`/oauth2/authorize?${query}`)).text();
  expect(page).toContain('Authorize Acme CRM');
  const requestId = /name="request_id" value="([^"]+)"/.exec(page)?.[1] ?? '';
  const decided = await provider.request('/oauth2/decision', form({ request_id: requestId, decision: 'allow' }));
  return new URL(decided.headers.get('location') ?? '').searchParams.get('code') ?? '';
}

describe('the built-in OAuth2 test provider', () => {
  it('exchanges a code with PKCE, then rotates refresh tokens', async () => {
    const code = await authorize('v'.repeat(43));
    const tokens = await (await provider.request('/oauth2/token', form({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, client_id: 'app', client_secret: 'secret', code_verifier: 'v'.repeat(43) }))).json();
    expect(tokens).toMatchObject({ access_token: expect.any(String), refresh_token: expect.any(String), expires_in: 3600, scope: 'a b' });
    const refreshed = await provider.request('/oauth2/token', form({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token, client_id: 'app', client_secret: 'secret' }));
    expect(refreshed.status).toBe(200);
    const reused = await provider.request('/oauth2/token', form({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token, client_id: 'app', client_secret: 'secret' }));
    expect((await reused.json()).error).toBe('invalid_grant');
  });

  it('revokes a refresh token for its own client only (RFC 7009)', async () => {
    const code = await authorize('r'.repeat(43));
    const tokens = await (await provider.request('/oauth2/token', form({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, client_id: 'app', client_secret: 'secret', code_verifier: 'r'.repeat(43) }))).json();
    expect((await provider.request('/oauth2/revoke', form({ token: tokens.refresh_token, client_id: 'app', client_secret: 'wrong' }))).status).toBe(401);
    expect((await provider.request('/oauth2/revoke', form({ token: tokens.refresh_token, client_id: 'app', client_secret: 'secret' }))).status).toBe(200);
    const refreshed = await provider.request('/oauth2/token', form({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token, client_id: 'app', client_secret: 'secret' }));
    expect((await refreshed.json()).error).toBe('invalid_grant');
  });

  it('refuses a wrong PKCE verifier and a reused code', async () => {
    const code = await authorize('w'.repeat(43));
    const exchange = (verifier: string) => provider.request('/oauth2/token', form({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, client_id: 'app', client_secret: 'secret', code_verifier: verifier }));
    expect((await (await exchange('x'.repeat(43))).json()).error_description).toContain('PKCE');
    expect((await (await exchange('w'.repeat(43))).json()).error).toBe('invalid_grant');
  });

  it('shows an error page, without redirecting, for an unknown client', async () => {
    const res = await provider.request(`/oauth2/authorize?client_id=evil&redirect_uri=${encodeURIComponent('http://evil.test/')}&response_type=code`);
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
  });
});
