import { generateKeyPairSync } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signAppJwt } from './oauth/app-jwt';
import { oauth1AuthorizationHeader } from './oauth/oauth1-signature';
import { loadProvidersYaml } from './providers/providers-yaml';
import { createTestApi, testPublicUrl, testSecretKey, type TestApi } from './test/test-deps';

let api: TestApi;
beforeEach(() => {
  api = createTestApi();
});
afterEach(() => api.cleanup());

function pageData(html: string): Record<string, unknown> {
  return JSON.parse(/<script type="application\/json" id="plugboard-callback-data">(.*?)<\/script>/.exec(html)?.[1] ?? '{}');
}

/** `GET /oauth/connect/:key` as the popup does; returns the provider page URL and the state cookie. */
async function startPopup(key: string, wsClientId: string): Promise<{ location: string; cookie: string }> {
  const token = await api.createSession();
  const start = await api.app.request(`/oauth/connect/${key}?connect_session_token=${token}&ws_client_id=${wsClientId}`);
  expect(start.status, await start.clone().text()).toBe(302);
  return { location: start.headers.get('location') ?? '', cookie: (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
}

/** Opens the provider page, presses a button of its form, and returns where the provider sends the browser. */
async function decide(pageUrl: string, decision: string): Promise<string> {
  const page = await (await api.app.request(pageUrl)).text();
  expect(page).toMatch(new RegExp(`<button type="submit" name="decision" value="${decision}"`));
  const action = /<form method="post" action="([^"]+)"/.exec(page)?.[1] ?? '';
  const hidden = [...page.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]+)">/g)].map(([, name = '', value = '']) => [name, value]);
  const decided = await api.app.request(new URL(action, pageUrl).toString(), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams([...hidden, ['decision', decision]]).toString(),
  });
  expect(decided.status).toBe(302);
  return decided.headers.get('location') ?? '';
}

async function finish(callbackUrl: string, cookie: string) {
  const res = await api.app.request(callbackUrl, { headers: { cookie } });
  return { status: res.status, html: await res.text() };
}

function savedConnection(key: string) {
  const message = api.published.at(-1)?.message;
  expect(message).toMatchObject({ message_type: 'success', provider_config_key: key });
  const connectionId = message && 'connection_id' in message ? String(message.connection_id) : '';
  return api.deps.store.getConnection(key, connectionId);
}

describe('APP: app install, installation token against an RS256 JWT', () => {
  it('installs on Allow, comes back to /app-auth/connect and stores the installation token', async () => {
    const { location, cookie } = await startPopup('demo-app', 'ws-app');
    const install = new URL(location);
    expect(`${install.origin}${install.pathname}`).toBe(`${testPublicUrl}/_test-provider/apps/plugboard-demo/installations/new`);
    const back = new URL(await decide(location, 'allow'));
    expect(back.pathname).toBe('/app-auth/connect');
    expect(back.searchParams.get('setup_action')).toBe('install');
    expect(back.searchParams.get('installation_id')).toMatch(/^[0-9]+$/);
    const page = await finish(back.toString(), cookie);
    expect(pageData(page.html)).toEqual({ ok: true });
    expect(page.html).toContain('<script src="../oauth/callback.js" defer></script>');
    expect(api.published.at(-1)?.message).toMatchObject({ is_pending: false });
    const connection = savedConnection('demo-app');
    expect(connection?.authMode).toBe('APP');
    expect(connection?.credentials).toMatchObject({ type: 'APP', access_token: expect.stringMatching(/^ghs_/), expires_at: expect.any(String) });
    expect(connection?.connectionConfig).toMatchObject({ installation_id: back.searchParams.get('installation_id'), appPublicLink: `${testPublicUrl}/_test-provider/apps/plugboard-demo` });

    // An installation token is renewed by asking again with a new app JWT, as getToken does on read.
    const read = await api.app.request(`/connection/${connection?.connectionId}?provider_config_key=demo-app&force_refresh=true`, { headers: { authorization: `Bearer ${testSecretKey}` } });
    expect(read.status).toBe(200);
    const renewed = (await read.json()).credentials;
    expect(renewed).toMatchObject({ type: 'APP', access_token: expect.stringMatching(/^ghs_/) });
    expect(renewed.access_token).not.toBe(connection?.credentials['access_token']);
  });

  it('reports Deny on the page and on the WebSocket, and stores nothing', async () => {
    const { location, cookie } = await startPopup('demo-app', 'ws-app-deny');
    const page = await finish(await decide(location, 'deny'), cookie);
    expect(pageData(page.html)).toMatchObject({ ok: false, errorType: 'callback_err', message: expect.stringContaining('Access was denied') });
    expect(api.published).toEqual([{ wsClientId: 'ws-app-deny', message: expect.objectContaining({ message_type: 'error', provider_config_key: 'demo-app' }) }]);
    expect(api.deps.store.countConnections()).toBe(0);
  });

  it('never sends the popup to an app link that is not a web address', async () => {
    const demo = api.deps.store.getIntegration('demo-app');
    if (!demo) throw new Error('demo-app missing');
    api.deps.store.upsertIntegration({ ...demo, appLink: 'javascript:alert(1)//' }, new Date().toISOString());
    const token = await api.createSession();
    const res = await api.app.request(`/oauth/connect/demo-app?connect_session_token=${token}&ws_client_id=ws-js`);
    expect(res.headers.get('location')).toBeNull();
    expect(pageData(await res.text())).toMatchObject({ ok: false, errorType: 'provider_config_err', message: expect.stringContaining('not an http(s) address') });
  });

  it('gets no installation token with a JWT signed by another key, or for an installation of another app', async () => {
    const { location, cookie } = await startPopup('demo-app', 'ws-app-2');
    const back = new URL(await decide(location, 'allow'));
    const installationId = back.searchParams.get('installation_id') ?? '';
    const tokenUrl = `${testPublicUrl}/_test-provider/app/installations/${installationId}/access_tokens`;
    const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } }).privateKey;
    const forged = await api.app.request(tokenUrl, { method: 'POST', headers: { authorization: `Bearer ${signAppJwt('1001', otherKey, new Date())}` } });
    expect(forged.status).toBe(401);
    expect(await forged.json()).toEqual({ message: 'The JWT signature does not match the app public key' });
    const demoKey = api.deps.store.getIntegration('demo-app')?.appPrivateKey ?? '';
    const otherApp = await api.app.request(tokenUrl, { method: 'POST', headers: { authorization: `Bearer ${signAppJwt('1002', demoKey, new Date())}` } });
    expect(otherApp.status).toBe(404);
    // The real flow still finishes: the refused attempts used nothing up.
    expect(pageData((await finish(back.toString(), cookie)).html)).toEqual({ ok: true });
  });
});

describe('CUSTOM: app install and user OAuth in one flow', () => {
  it('connects on Allow with the installation token and the user token', async () => {
    const { location, cookie } = await startPopup('demo-custom', 'ws-custom');
    const back = new URL(await decide(location, 'allow'));
    expect(back.pathname).toBe('/oauth/callback');
    expect(back.searchParams.get('code')).toBeTruthy();
    expect(pageData((await finish(back.toString(), cookie)).html)).toEqual({ ok: true });
    expect(api.published.at(-1)?.message).toMatchObject({ is_pending: false });
    expect(savedConnection('demo-custom')?.credentials).toMatchObject({
      type: 'CUSTOM', access_token: expect.stringMatching(/^ghs_/), user_access_token: expect.stringMatching(/^at_/),
    });
  });

  it('ends as a pending connection when the install waits for an owner, completed once an owner approves', async () => {
    const { location, cookie } = await startPopup('demo-custom', 'ws-custom-pending');
    const back = new URL(await decide(location, 'request'));
    expect(back.searchParams.get('setup_action')).toBe('request');
    expect(back.searchParams.has('installation_id')).toBe(false);
    expect(pageData((await finish(back.toString(), cookie)).html)).toEqual({ ok: true });
    expect(api.published.at(-1)?.message).toMatchObject({ message_type: 'success', is_pending: true });
    const connection = savedConnection('demo-custom');
    expect(connection?.isPending).toBe(true);
    expect(connection?.credentials).toEqual({ type: 'CUSTOM', user_access_token: expect.stringMatching(/^at_/), raw: expect.any(Object) });

    // An owner approves the request; their browser (no state cookie) comes back to the setup URL.
    const requests = `${testPublicUrl}/_test-provider/apps/plugboard-demo-oauth/requests`;
    const early = await api.app.request(`/app-auth/connect?setup_action=request&state=${back.searchParams.get('state')}`);
    expect(pageData(await early.text())).toMatchObject({ ok: false, message: 'The installation is not complete yet.' });
    const approved = new URL(await decide(requests, 'approve'));
    expect(approved.pathname).toBe('/app-auth/connect');
    expect(approved.searchParams.get('state')).toBe(back.searchParams.get('state'));
    expect(pageData(await (await api.app.request(approved.toString())).text())).toEqual({ ok: true });
    const completed = api.deps.store.getConnection('demo-custom', connection?.connectionId ?? '');
    expect(completed?.isPending).toBe(false);
    expect(completed?.credentials).toMatchObject({ type: 'CUSTOM', access_token: expect.stringMatching(/^ghs_/), user_access_token: connection?.credentials['user_access_token'] });
    expect(completed?.connectionConfig['installation_id']).toBe(approved.searchParams.get('installation_id'));
    expect(api.deps.store.countConnections()).toBe(1);
    // The approval is used up.
    expect(pageData(await (await api.app.request(approved.toString())).text())).toMatchObject({ ok: false });
  });
});

describe('OAUTH1: request token, authorize, access token (RFC 5849, HMAC-SHA1)', () => {
  it('connects on Allow and stores the token credentials', async () => {
    const { location, cookie } = await startPopup('demo-oauth1', 'ws-oauth1');
    const authorize = new URL(location);
    expect(authorize.pathname).toBe('/_test-provider/oauth1/authorize');
    expect(authorize.searchParams.get('oauth_token')).toMatch(/^rt1_/);
    const back = new URL(await decide(location, 'allow'));
    expect(back.pathname).toBe('/oauth/callback');
    expect(back.searchParams.get('oauth_verifier')).toBeTruthy();
    expect(pageData((await finish(back.toString(), cookie)).html)).toEqual({ ok: true });
    const connection = savedConnection('demo-oauth1');
    expect(connection?.authMode).toBe('OAUTH1');
    expect(connection?.credentials).toMatchObject({ type: 'OAUTH1', oauth_token: expect.stringMatching(/^at1_/), oauth_token_secret: expect.stringMatching(/^ats_/) });
  });

  it('reports Deny on the page and on the WebSocket', async () => {
    const { location, cookie } = await startPopup('demo-oauth1', 'ws-oauth1-deny');
    const page = await finish(await decide(location, 'deny'), cookie);
    expect(pageData(page.html)).toMatchObject({ ok: false, errorType: 'callback_err', message: expect.stringContaining('Access was denied') });
    expect(api.published.at(-1)).toMatchObject({ wsClientId: 'ws-oauth1-deny', message: { message_type: 'error', provider_config_key: 'demo-oauth1' } });
  });

  it('refuses a request whose signature does not match, and a replayed nonce', async () => {
    const url = `${testPublicUrl}/_test-provider/oauth1/request_token`;
    const callback = `${testPublicUrl}/oauth/callback?state=x`;
    const sign = (consumerSecret: string) => oauth1AuthorizationHeader({
      method: 'POST', url, consumerKey: 'plugboard-demo-oauth1', consumerSecret, oauth: { oauth_callback: callback }, now: new Date(),
    });
    const wrong = await api.app.request(url, { method: 'POST', headers: { authorization: sign('not-the-secret') } });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('oauth_problem_advice=The+signature+is+invalid');
    const header = sign('plugboard-demo-oauth1-secret');
    const right = await api.app.request(url, { method: 'POST', headers: { authorization: header } });
    expect(right.status).toBe(200);
    expect(new URLSearchParams(await right.text()).get('oauth_callback_confirmed')).toBe('true');
    const replayed = await api.app.request(url, { method: 'POST', headers: { authorization: header } });
    expect(replayed.status).toBe(401);
    const stale = oauth1AuthorizationHeader({
      method: 'POST', url, consumerKey: 'plugboard-demo-oauth1', consumerSecret: 'plugboard-demo-oauth1-secret',
      oauth: { oauth_callback: callback }, now: new Date(Date.now() - 10 * 60 * 1000),
    });
    const old = await api.app.request(url, { method: 'POST', headers: { authorization: stale } });
    expect(old.status).toBe(401);
    expect(await old.text()).toContain('timestamp');
  });
});

describe("Nango's github-app-oauth beside the test provider", () => {
  it('leaves the test provider working when a catalogue token_url is an object', async () => {
    const yaml = join(dirname(createRequire(import.meta.url).resolve('@nangohq/providers/package.json')), 'providers.yaml');
    const custom = loadProvidersYaml(yaml).providers['github-app-oauth'];
    if (!custom) throw new Error('github-app-oauth missing from the catalogue');
    const withNango = createTestApi({
      providers: { 'github-app-oauth': custom },
      config: { integrations: [{ unique_key: 'gh', provider: 'github-app-oauth', oauth_client_id: 'Iv1.x', oauth_client_secret: 'cs', app_id: '1', app_link: 'https://github.com/apps/x' }, { unique_key: 'demo-oauth2', provider: 'test-oauth2', oauth_client_id: 'plugboard-demo', oauth_client_secret: 'plugboard-demo-secret' }] },
    });
    try {
      // The GitHub integration's client id is looked up too: its object token_url must not break the lookup.
      const consent = await withNango.app.request(`${testPublicUrl}/_test-provider/oauth2/authorize?response_type=code&client_id=Iv1.x&redirect_uri=${encodeURIComponent(`${testPublicUrl}/oauth/callback`)}`);
      expect(consent.status).toBe(200);
      expect(await consent.text()).toContain('Your own app &#34;Iv1.x&#34;');
    } finally {
      withNango.cleanup();
    }
  });
});
