import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApi, testPublicUrl, testSecretKey, type TestApi } from './test/test-deps';

/** "Bring your own OAuth app": the end user's client id and secret, the secret never in a URL or a log. */
let api: TestApi;
const urls: string[] = [];
const logLines: string[] = [];
const tokenRequests: URLSearchParams[] = [];
const ownSecret = 'test_own-app-secret-5f0c2a9e';
const allowOwnApp = { 'demo-oauth2': { connection_config: { oauth_client_id_override: '', oauth_client_secret_override: '' } } };

beforeEach(() => {
  urls.length = 0;
  logLines.length = 0;
  tokenRequests.length = 0;
  api = createTestApi({
    log: (line) => logLines.push(line),
    // Outgoing HTTP (the token exchange) is recorded, then answered by the in-process provider.
    fetch: async (input, init) => {
      urls.push(String(input));
      if (String(input).endsWith('/oauth2/token')) tokenRequests.push(new URLSearchParams(String(init?.body)));
      return api.app.request(String(input), init);
    },
  });
});
afterEach(() => api.cleanup());

/** Every request the browser makes goes through here, so its URL is recorded. */
async function browse(url: string, init?: RequestInit) {
  urls.push(url);
  return api.app.request(url, init);
}

function pageData(html: string): Record<string, unknown> {
  return JSON.parse(/<script type="application\/json" id="plugboard-callback-data">(.*?)<\/script>/.exec(html)?.[1] ?? '{}');
}

async function sendOwnApp(token: string, wsClientId: string, body: Record<string, unknown> = {}) {
  return browse(`${testPublicUrl}/oauth/connect/demo-oauth2/credentials`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ ws_client_id: wsClientId, oauth_client_id_override: 'my-own-app', oauth_client_secret_override: ownSecret, ...body }),
  });
}

describe('bring your own OAuth app', () => {
  it('exchanges the code with the end user’s client id and secret, which appear in no URL, log line or file in the clear', async () => {
    const token = await api.createSession({ end_user: { id: 'u1' }, integrations_config_defaults: allowOwnApp });
    expect((await sendOwnApp(token, 'ws-own')).status).toBe(204);
    const start = await browse(`${testPublicUrl}/oauth/connect/demo-oauth2?connect_session_token=${token}&ws_client_id=ws-own&credentials[oauth_client_id_override]=my-own-app`);
    expect(start.status).toBe(302);
    const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const authorize = start.headers.get('location') ?? '';
    expect(new URL(authorize).searchParams.get('client_id')).toBe('my-own-app');
    const consent = await (await browse(authorize)).text();
    expect(consent).toContain('Your own app &#34;my-own-app&#34;');
    const requestId = /name="request_id" value="([^"]+)"/.exec(consent)?.[1] ?? '';
    const decided = await browse(new URL('decision', authorize).toString(), {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ request_id: requestId, decision: 'allow' }).toString(),
    });
    const callback = await browse(decided.headers.get('location') ?? '', { headers: { cookie } });
    expect(pageData(await callback.text())).toEqual({ ok: true });

    expect(tokenRequests.map((form) => [form.get('client_id'), form.get('client_secret')])).toEqual([['my-own-app', ownSecret]]);
    const message = api.published.at(-1)?.message;
    expect(message).toMatchObject({ message_type: 'success' });
    const connection = api.deps.store.getConnection('demo-oauth2', message && 'connection_id' in message ? String(message.connection_id) : '');
    expect(connection?.connectionConfig['oauth_client_id_override']).toBe('my-own-app');
    expect(JSON.stringify(connection?.connectionConfig)).not.toContain(ownSecret);

    expect(urls.length).toBeGreaterThanOrEqual(6);
    expect(urls.filter((url) => url.includes(ownSecret) || url.includes(encodeURIComponent(ownSecret)))).toEqual([]);
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.filter((line) => line.includes(ownSecret))).toEqual([]);
    expect(readdirSync(api.dataDir).filter((name) => readFileSync(join(api.dataDir, name)).includes(ownSecret))).toEqual([]);

    // The token was issued to the own app: a refresh asks with that app too, and keeps working.
    const connectionId = connection?.connectionId ?? '';
    const refreshed = await api.app.request(`/connection/${connectionId}?provider_config_key=demo-oauth2&force_refresh=true`, { headers: { authorization: `Bearer ${testSecretKey}` } });
    expect(refreshed.status).toBe(200);
    expect(tokenRequests.at(-1)?.get('grant_type')).toBe('refresh_token');
    expect([tokenRequests.at(-1)?.get('client_id'), tokenRequests.at(-1)?.get('client_secret')]).toEqual(['my-own-app', ownSecret]);
    expect(api.deps.store.getConnection('demo-oauth2', connectionId)?.credentials['oauth_client_secret_override']).toBe(ownSecret);
  });

  it('refuses the secret in the popup URL, as Nango would send it, with a message that says where it goes', async () => {
    const token = await api.createSession({ end_user: { id: 'u1' }, integrations_config_defaults: allowOwnApp });
    const res = await browse(`${testPublicUrl}/oauth/connect/demo-oauth2?connect_session_token=${token}&ws_client_id=ws-q&credentials[oauth_client_id_override]=my-own-app&credentials[oauth_client_secret_override]=${ownSecret}`);
    expect(pageData(await res.text())).toEqual({
      ok: false, errorType: 'invalid_query_params', message: expect.stringContaining('must not be sent in a URL: send it in the JSON body of POST /oauth/connect/:providerConfigKey/credentials'),
    });
    expect(api.published).toEqual([{ wsClientId: 'ws-q', message: expect.objectContaining({ message_type: 'error', error_type: 'invalid_query_params' }) }]);
  });

  it('is refused where the session does not allow an own app, and a client id without its secret is refused', async () => {
    const token = await api.createSession({ end_user: { id: 'u1' } });
    const refused = await sendOwnApp(token, 'ws-1');
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: { code: 'invalid_body', message: expect.stringContaining('does not let the end user bring their own OAuth app') } });

    const allowed = await api.createSession({ end_user: { id: 'u1' }, integrations_config_defaults: allowOwnApp });
    const noSecret = await browse(`${testPublicUrl}/oauth/connect/demo-oauth2?connect_session_token=${allowed}&ws_client_id=ws-2&credentials[oauth_client_id_override]=my-own-app`);
    expect(pageData(await noSecret.text())).toMatchObject({ ok: false, errorType: 'invalid_query_params', message: expect.stringContaining('needs its secret') });
  });

  it('binds the app to the session and WebSocket client that sent it, once', async () => {
    const token = await api.createSession({ end_user: { id: 'u1' }, integrations_config_defaults: allowOwnApp });
    const other = await api.createSession({ end_user: { id: 'u2' }, integrations_config_defaults: allowOwnApp });
    await sendOwnApp(token, 'ws-own');
    const otherStart = await browse(`${testPublicUrl}/oauth/connect/demo-oauth2?connect_session_token=${other}&ws_client_id=ws-own`);
    expect(new URL(otherStart.headers.get('location') ?? '').searchParams.get('client_id')).toBe('plugboard-demo');
    const first = await browse(`${testPublicUrl}/oauth/connect/demo-oauth2?connect_session_token=${token}&ws_client_id=ws-own`);
    expect(new URL(first.headers.get('location') ?? '').searchParams.get('client_id')).toBe('my-own-app');
    const again = await browse(`${testPublicUrl}/oauth/connect/demo-oauth2?connect_session_token=${token}&ws_client_id=ws-own`);
    expect(new URL(again.headers.get('location') ?? '').searchParams.get('client_id')).toBe('plugboard-demo');
  });
});
