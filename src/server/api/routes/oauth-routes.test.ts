import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../test/test-deps';

let api: TestApi;
beforeEach(() => {
  api = createTestApi();
});
afterEach(() => api.cleanup());

function pageData(html: string): Record<string, unknown> {
  return JSON.parse(/<script type="application\/json" id="plugboard-callback-data">(.*?)<\/script>/.exec(html)?.[1] ?? '{}');
}

describe('GET /oauth/connect/:key failures', () => {
  it('renders the callback error page, not JSON, and tells the WebSocket when the token has expired', async () => {
    const token = await api.createSession();
    api.advanceClock(31 * 60 * 1000);
    const res = await api.app.request(`/oauth/connect/demo-oauth2?connect_session_token=${token}&ws_client_id=ws-1`);
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).toContain('<script src="../callback.js" defer></script>');
    expect(pageData(html)).toEqual({ ok: false, errorType: 'unknown_connect_session_token', message: expect.stringContaining('expired') });
    expect(api.published).toEqual([{
      wsClientId: 'ws-1',
      message: { message_type: 'error', provider_config_key: 'demo-oauth2', error_type: 'unknown_connect_session_token', error_desc: expect.any(String) },
    }]);
  });

  it.each([
    ['an integration outside allowed_integrations', 'demo-oauth2', 'integration_not_allowed'],
    ['an unknown integration', 'nope', 'unknown_provider_config'],
    ['a non-OAuth integration', 'demo-api-key', 'invalid_auth_mode'],
  ])('renders the error page for %s', async (_case, key, code) => {
    const token = await api.createSession({ end_user: { id: 'u1' }, allowed_integrations: ['demo-api-key'] });
    const res = await api.app.request(`/oauth/connect/${key}?connect_session_token=${token}`);
    const data = pageData(await res.text());
    expect(data['errorType']).toBe(code);
    expect(String(data['message']).length).toBeGreaterThan(0);
  });

  it('escapes hostile text on the page', async () => {
    const token = await api.createSession();
    const res = await api.app.request(`/oauth/connect/${encodeURIComponent('<script>alert(1)</script>')}?connect_session_token=${token}`);
    const html = await res.text();
    expect(html).not.toContain('<script>alert(1)</script>');
  });
});

describe('GET /oauth/callback', () => {
  it('answers an unknown state with the error page', async () => {
    const res = await api.app.request('/oauth/callback?code=x&state=unknown');
    expect(pageData(await res.text())).toMatchObject({ ok: false, errorType: 'state_err' });
  });

  it('refuses a callback without the state cookie set by /oauth/connect', async () => {
    const token = await api.createSession();
    const start = await api.app.request(`/oauth/connect/demo-oauth2?connect_session_token=${token}&ws_client_id=ws-2`);
    const state = new URL(start.headers.get('location') ?? '').searchParams.get('state');
    const res = await api.app.request(`/oauth/callback?code=x&state=${state}`);
    expect(pageData(await res.text())).toMatchObject({ ok: false, errorType: 'state_cookie_err' });
    expect(api.published.at(-1)?.message).toMatchObject({ message_type: 'error', error_type: 'state_cookie_err' });
  });
});
