import { describe, expect, it } from 'vitest';
import { oauthConnectUrl, oauthQuery } from './connect-url';
import type { OAuthRequest } from './connect-url';

const request = (overrides: Partial<OAuthRequest> = {}): OAuthRequest => ({
  providerConfigKey: 'demo-oauth2',
  provider: 'test-oauth2',
  params: {},
  authorizationParams: {},
  credentials: {},
  ...overrides,
});

describe('oauthQuery', () => {
  it('follows Nango’s order: token, params, credentials (the client id only), authorization_params, ws_client_id', () => {
    const query = oauthQuery({
      sessionToken: 'nango_connect_session_abc',
      request: request({
        params: { subdomain: 'acme' },
        credentials: { oauth_client_secret_override: 's', oauth_client_id_override: 'c' },
        authorizationParams: { prompt: 'consent' },
      }),
      wsClientId: 'ws-1',
      redirect: null,
    });
    expect(query).toBe(
      'connect_session_token=nango_connect_session_abc&params[subdomain]=acme' +
        '&credentials[oauth_client_id_override]=c&authorization_params[prompt]=consent&ws_client_id=ws-1',
    );
  });

  it('URL-encodes every key and value, authorization_params included', () => {
    const query = oauthQuery({
      sessionToken: 't',
      request: request({ params: { 'a b': 'x&y=z' }, authorizationParams: { scope: 'read write&admin' } }),
      wsClientId: 'id/1',
      redirect: null,
    });
    expect(query).toBe('connect_session_token=t&params[a%20b]=x%26y%3Dz&authorization_params[scope]=read%20write%26admin&ws_client_id=id%2F1');
    const parsed = new URLSearchParams(query);
    expect(parsed.get('authorization_params[scope]')).toBe('read write&admin');
  });

  it('sends only the OAuth client id override, none that is empty, and never a secret override', () => {
    const query = oauthQuery({
      sessionToken: 't',
      request: request({ credentials: { apiKey: 'nope', oauth_client_id_override: '', oauth_client_secret_override: 's3cret', oauth_refresh_token_override: 'r' } }),
      wsClientId: null,
      redirect: null,
    });
    expect(query).toBe('connect_session_token=t');
    expect(oauthQuery({ sessionToken: 't', request: request({ credentials: { oauth_client_id_override: 'c' } }), wsClientId: null, redirect: null }))
      .toBe('connect_session_token=t&credentials[oauth_client_id_override]=c');
  });

  it('adds the return page and flow id in redirect mode', () => {
    const query = oauthQuery({ sessionToken: 't', request: request(), wsClientId: null, redirect: { returnTo: 'https://app.example/a?b=1', flowId: 'f' } });
    expect(query).toBe('connect_session_token=t&return_to=https%3A%2F%2Fapp.example%2Fa%3Fb%3D1&plugboard_flow=f');
  });
});

describe('oauthConnectUrl', () => {
  it('keeps the path prefix of apiURL and encodes the integration key', () => {
    const url = oauthConnectUrl({ apiURL: 'https://x.example/nango/', sessionToken: 't', request: request({ providerConfigKey: 'my key' }), wsClientId: 'w', redirect: null });
    expect(url).toBe('https://x.example/nango/oauth/connect/my%20key?connect_session_token=t&ws_client_id=w');
  });
});
