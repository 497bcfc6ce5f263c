import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../test/test-deps';

let api: TestApi;
beforeEach(() => {
  api = createTestApi();
});
afterEach(() => api.cleanup());

const flowId = 'F'.repeat(32);
const returnTo = 'http://host.test/settings?tab=apps';
const redirectQuery = `return_to=${encodeURIComponent(returnTo)}&plugboard_flow=${flowId}`;

/** The tab's trip: /oauth/connect → consent page → Allow or Deny → callback, cookies carried by hand. */
async function runRedirect(decision: 'allow' | 'deny'): Promise<Response> {
  const token = await api.createSession();
  const start = await api.app.request(`/oauth/connect/demo-oauth2?connect_session_token=${token}&params[region]=eu&${redirectQuery}`);
  expect(start.status).toBe(302);
  const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const authorizeUrl = new URL(start.headers.get('location') ?? '');
  const consent = await (await api.app.request(authorizeUrl.toString())).text();
  const requestId = /name="request_id" value="([^"]+)"/.exec(consent)?.[1] ?? '';
  const decided = await api.app.request(new URL('decision', authorizeUrl).toString(), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ request_id: requestId, decision }).toString(),
  });
  return api.app.request(decided.headers.get('location') ?? '', { headers: { cookie } });
}

/** Where the callback's page sends the tab (a meta refresh: a 303 would break the consent form's form-action). */
async function returnTargetOf(callback: Response): Promise<string | null> {
  const html = await callback.text();
  const target = /<meta http-equiv="refresh" content="0;url=([^"]+)">/.exec(html)?.[1] ?? null;
  return target?.replace(/&#38;/g, '&') ?? null;
}

const resultOf = async () => {
  const res = await api.app.request(`/oauth/redirect/${flowId}`);
  return { status: res.status, body: await res.json() };
};

describe('OAuth redirect mode', () => {
  it('says the API supports it', async () => {
    const res = await api.app.request('/oauth/redirect');
    expect(await res.json()).toEqual({ data: { returnTo: true } });
  });

  it('sends the tab back to the host page on Allow (a page that navigates by itself) and hands the connection to the widget once', async () => {
    const callback = await runRedirect('allow');
    expect(callback.status).toBe(200);
    expect(callback.headers.get('referrer-policy')).toBe('no-referrer');
    expect(callback.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await returnTargetOf(callback)).toBe('http://host.test/settings?tab=apps&plugboard_oauth=success');
    expect(api.published).toEqual([]); // no socket involved
    const first = await resultOf();
    expect(first).toEqual({
      status: 200,
      body: { data: { message_type: 'success', provider_config_key: 'demo-oauth2', connection_id: expect.any(String), is_pending: false } },
    });
    expect(await resultOf()).toMatchObject({ status: 404, body: { error: { code: 'unknown_oauth_flow' } } });
  });

  it('sends the tab back with an error on Deny, the provider’s message kept for the widget', async () => {
    const callback = await runRedirect('deny');
    expect(await returnTargetOf(callback)).toBe('http://host.test/settings?tab=apps&plugboard_oauth=error');
    expect(await resultOf()).toMatchObject({
      body: { data: { message_type: 'error', error_type: 'callback_err', error_desc: expect.stringContaining('denied') } },
    });
  });

  it('sends the tab back at once when /oauth/connect itself fails with a valid session', async () => {
    const token = await api.createSession({ end_user: { id: 'u' }, allowed_integrations: ['demo-api-key'] });
    const res = await api.app.request(`/oauth/connect/demo-oauth2?connect_session_token=${token}&${redirectQuery}`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('http://host.test/settings?tab=apps&plugboard_oauth=error');
    expect(await resultOf()).toMatchObject({ body: { data: { error_type: 'integration_not_allowed' } } });
  });

  /** The callback error page, never a redirect and never raw JSON. */
  async function expectErrorPage(res: Response, status: number, code: string): Promise<void> {
    expect(res.status).toBe(status);
    expect(res.headers.get('location')).toBeNull();
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain(`${code}:`);
  }

  it.each([
    ['no token', ''],
    ['an expired token', 'expired'],
    ['a made-up token', 'nango_connect_session_' + 'a'.repeat(64)],
  ])('never redirects with %s, even to an allowed origin: the error page instead', async (_case, kind) => {
    let token = kind;
    if (kind === 'expired') {
      token = await api.createSession();
      api.advanceClock(31 * 60 * 1000);
    }
    const res = await api.app.request(`/oauth/connect/demo-oauth2?connect_session_token=${token}&${redirectQuery}`);
    await expectErrorPage(res, 401, token === '' ? 'missing_connect_session_token' : 'unknown_connect_session_token');
    expect((await resultOf()).status).toBe(404);
  });

  it.each([
    ['with a valid token', true],
    ['without a token', false],
  ])('refuses a return_to on an origin the operator did not allow, %s', async (_case, withToken) => {
    const token = withToken ? await api.createSession() : '';
    const foreign = `return_to=${encodeURIComponent('https://evil.example/phish')}&plugboard_flow=${flowId}`;
    const res = await api.app.request(`/oauth/connect/demo-oauth2?connect_session_token=${token}&${foreign}`);
    await expectErrorPage(res, 400, 'return_to_not_allowed');
    const lookalike = await api.app.request(`/oauth/connect/demo-oauth2?connect_session_token=${token}&return_to=${encodeURIComponent('http://host.test.evil.example/')}&plugboard_flow=${flowId}`);
    await expectErrorPage(lookalike, 400, 'return_to_not_allowed');
  });

  it.each([
    ['a non-http return_to', `return_to=${encodeURIComponent('javascript:alert(1)')}&plugboard_flow=${flowId}`],
    ['a return_to with credentials', `return_to=${encodeURIComponent('https://user:pw@host.test/')}&plugboard_flow=${flowId}`],
    ['a short flow id', `return_to=${encodeURIComponent(returnTo)}&plugboard_flow=abc`],
    ['a flow id without return_to', `plugboard_flow=${flowId}`],
  ])('refuses %s without redirecting anywhere', async (_case, query) => {
    const token = await api.createSession();
    const res = await api.app.request(`/oauth/connect/demo-oauth2?connect_session_token=${token}&${query}`);
    await expectErrorPage(res, 400, 'invalid_query_params');
  });

  it('leaves the popup flow untouched', async () => {
    const token = await api.createSession();
    const res = await api.app.request(`/oauth/connect/demo-oauth2?connect_session_token=${token}&ws_client_id=ws-1`);
    expect(res.status).toBe(302);
    expect(new URL(res.headers.get('location') ?? '').pathname).toBe('/_test-provider/oauth2/authorize');
  });
});

describe('OAuth redirect mode for app installs and OAuth 1.0a', () => {
  /** The tab's trip through the provider's Allow page, for any popup mode. */
  async function runRedirectFor(key: string): Promise<Response> {
    const token = await api.createSession();
    const start = await api.app.request(`/oauth/connect/${key}?connect_session_token=${token}&${redirectQuery}`);
    expect(start.status).toBe(302);
    const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const pageUrl = start.headers.get('location') ?? '';
    const page = await (await api.app.request(pageUrl)).text();
    const action = /<form method="post" action="([^"]+)"/.exec(page)?.[1] ?? '';
    const hidden = [...page.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]+)">/g)].map(([, name = '', value = '']) => [name, value]);
    const decided = await api.app.request(new URL(action, pageUrl).toString(), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams([...hidden, ['decision', 'allow']]).toString(),
    });
    return api.app.request(decided.headers.get('location') ?? '', { headers: { cookie } });
  }

  it.each(['demo-app', 'demo-oauth1'])('sends the tab back to the host page after %s and hands the connection to the widget', async (key) => {
    const callback = await runRedirectFor(key);
    expect(await returnTargetOf(callback)).toBe('http://host.test/settings?tab=apps&plugboard_oauth=success');
    expect(await resultOf()).toMatchObject({ status: 200, body: { data: { message_type: 'success', provider_config_key: key } } });
  });
});
