import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApi, testSecretKey, type TestApi } from './test/test-deps';

let api: TestApi;
beforeEach(() => {
  api = createTestApi();
});
afterEach(() => {
  api.cleanup();
  // Should a case have polluted the prototype, the other test files in this worker must not suffer.
  for (const key of Object.keys(Object.prototype)) delete (Object.prototype as Record<string, unknown>)[key];
});

const secret = { authorization: `Bearer ${testSecretKey}` };
const json = { 'content-type': 'application/json' };
const forbiddenKeys = ['__proto__', 'constructor', 'prototype'];

/** Query strings that write through a prototype when a parser assigns `target[key] = value`. */
const hostileQueries = [
  '__proto__[polluted]=1',
  'constructor[prototype]=1',
  'prototype[polluted]=1',
  'params[__proto__]=1',
  'params[constructor]=1',
  'authorization_params[__proto__]=1',
  '__proto__=1',
];

/** JSON bodies whose `__proto__` would become the prototype of the object a schema builds. */
const hostileBodies = [
  '{"__proto__":{"polluted":"1"}}',
  '{"constructor":{"prototype":{"polluted":"1"}}}',
  '{"end_user":{"id":"u","__proto__":{"polluted":"1"}}}',
  '{"apiKey":"test_1","prototype":"x"}',
];

async function expectRefused(res: Response, what: string): Promise<void> {
  const text = await res.text();
  expect([what, res.status]).toEqual([what, 400]);
  expect([what, text]).toEqual([what, expect.stringMatching(/__proto__|constructor|prototype/)]);
}

describe('prototype pollution', () => {
  it('refuses __proto__, constructor and prototype keys on every route family with a clear 400, and the process keeps working', async () => {
    const token = await api.createSession();
    const routes: Array<{ what: string; path: string; init?: RequestInit }> = [];
    for (const query of hostileQueries) {
      routes.push(
        { what: `oauth connect (no token) ${query}`, path: `/oauth/connect/x?${query}` },
        { what: `oauth connect ${query}`, path: `/oauth/connect/demo-oauth2?connect_session_token=${token}&${query}` },
        { what: `oauth redirect mode ${query}`, path: `/oauth/connect/demo-oauth2?connect_session_token=${token}&return_to=http%3A%2F%2Fhost.test%2F&plugboard_flow=${'F'.repeat(32)}&${query}` },
        { what: `direct auth ${query}`, path: `/api-auth/api-key/demo-api-key?connect_session_token=${token}&params[region]=eu&${query}`, init: { method: 'POST', headers: json, body: '{"apiKey":"test_1"}' } },
        { what: `sessions ${query}`, path: `/connect/sessions?${query}`, init: { method: 'POST', headers: { ...secret, ...json }, body: '{"end_user":{"id":"u"}}' } },
        { what: `session ${query}`, path: `/connect/session?${query}`, init: { headers: { authorization: `Bearer ${token}` } } },
        { what: `integrations ${query}`, path: `/integrations?${query}`, init: { headers: secret } },
        { what: `providers ${query}`, path: `/providers?${query}`, init: { headers: secret } },
        { what: `admin connections ${query}`, path: `/connections?${query}`, init: { headers: secret } },
        { what: `admin environment ${query}`, path: `/plugboard/environment?${query}`, init: { headers: secret } },
      );
    }
    for (const body of hostileBodies) {
      routes.push(
        { what: `direct auth body ${body}`, path: `/api-auth/api-key/demo-api-key?connect_session_token=${token}`, init: { method: 'POST', headers: json, body } },
        { what: `jwt body ${body}`, path: `/auth/jwt/demo-jwt?connect_session_token=${token}`, init: { method: 'POST', headers: json, body } },
        { what: `sessions body ${body}`, path: '/connect/sessions', init: { method: 'POST', headers: { ...secret, ...json }, body } },
        { what: `admin integration body ${body}`, path: '/integrations', init: { method: 'POST', headers: { ...secret, ...json }, body } },
      );
    }
    for (const key of forbiddenKeys) {
      routes.push({
        what: `test provider token form ${key}`,
        path: '/_test-provider/oauth2/token',
        init: { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `grant_type=client_credentials&${key}=x` },
      });
    }

    for (const { what, path, init } of routes) await expectRefused(await api.app.request(path, init), what);

    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const created = await api.app.request('/connect/sessions', { method: 'POST', headers: { ...secret, ...json }, body: '{"end_user":{"id":"after"}}' });
    expect(created.status).toBe(201);
    const fresh = ((await created.json()) as { data: { token: string } }).data.token;
    const connected = await api.app.request(`/api-auth/api-key/demo-api-key?connect_session_token=${fresh}&params[region]=eu`, { method: 'POST', headers: json, body: '{"apiKey":"test_1"}' });
    expect(connected.status).toBe(200);
    const oauth = await api.app.request(`/oauth/connect/demo-oauth2?connect_session_token=${fresh}`);
    expect(oauth.status).toBe(302);
  });

  it('renders the OAuth error page, not raw JSON, for a hostile query on /oauth/connect', async () => {
    const res = await api.app.request('/oauth/connect/x?__proto__[polluted]=1');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('__proto__');
  });
});
