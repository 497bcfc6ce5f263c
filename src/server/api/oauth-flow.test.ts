import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startRealServer, type RealServer } from './test/real-server';

let server: RealServer;
beforeAll(async () => {
  server = await startRealServer();
});
afterAll(() => server.stop());

async function createSession(): Promise<string> {
  const res = await fetch(`${server.url}/connect/sessions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.secretKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ end_user: { id: 'oauth-user' } }),
  });
  return (await res.json()).data.token;
}

/** Opens the WebSocket as the SDK does and resolves with the ack's client id and a message reader. */
async function openSocket(): Promise<{ wsClientId: string; nextMessage: () => Promise<Record<string, unknown>>; close: () => void }> {
  const socket = new WebSocket(server.url.replace('http', 'ws') + '/');
  const messages: Array<Record<string, unknown>> = [];
  const waiters: Array<() => void> = [];
  socket.on('message', (data) => {
    messages.push(JSON.parse(String(data)));
    waiters.splice(0).forEach((wake) => wake());
  });
  const nextMessage = async () => {
    while (messages.length === 0) await new Promise<void>((resolve) => waiters.push(resolve));
    return messages.shift()!;
  };
  const ack = await nextMessage();
  expect(ack).toEqual({ message_type: 'connection_ack', ws_client_id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  return { wsClientId: String(ack['ws_client_id']), nextMessage, close: () => socket.close() };
}

/** Walks the popup: /oauth/connect → consent page → decision → callback, cookies carried by hand. */
async function runPopup(decision: 'allow' | 'deny', wsClientId: string) {
  const token = await createSession();
  const start = await fetch(`${server.url}/oauth/connect/demo-oauth2?connect_session_token=${token}&ws_client_id=${wsClientId}&params[ignored]=1`, { redirect: 'manual' });
  expect(start.status).toBe(302);
  const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const authorizeUrl = new URL(start.headers.get('location') ?? '');
  expect(authorizeUrl.searchParams.get('code_challenge_method')).toBe('S256');
  const consent = await (await fetch(authorizeUrl)).text();
  expect(consent).toContain('<code>contacts.read</code>');
  expect(consent).toMatch(/<button type="submit" name="decision" value="allow"[^>]*>Allow<\/button>/);
  const requestId = /name="request_id" value="([^"]+)"/.exec(consent)?.[1] ?? '';
  const decided = await fetch(new URL('decision', authorizeUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ request_id: requestId, decision }).toString(),
    redirect: 'manual',
  });
  expect(decided.status).toBe(302);
  return fetch(decided.headers.get('location') ?? '', { headers: { cookie } });
}

function pageData(html: string): Record<string, unknown> {
  return JSON.parse(/<script type="application\/json" id="plugboard-callback-data">(.*?)<\/script>/.exec(html)?.[1] ?? '{}');
}

describe('the OAuth2 popup flow against the built-in test provider', () => {
  it('connects on Allow: token exchange with PKCE, WebSocket success, callback page under a strict CSP', async () => {
    const socket = await openSocket();
    const callback = await runPopup('allow', socket.wsClientId);
    expect(callback.status).toBe(200);
    expect(callback.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await callback.text();
    expect(pageData(html)).toEqual({ ok: true });
    expect(html).toContain('<script src="./callback.js" defer></script>');
    const message = await socket.nextMessage();
    expect(message).toEqual({ message_type: 'success', provider_config_key: 'demo-oauth2', connection_id: expect.any(String), is_pending: false });
    socket.close();

    const reconnect = await fetch(`${server.url}/connect/sessions/reconnect`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.secretKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ connection_id: message['connection_id'], integration_id: 'demo-oauth2' }),
    });
    expect(reconnect.status).toBe(201);
  });

  it('reports Deny on the page and on the WebSocket', async () => {
    const socket = await openSocket();
    const callback = await runPopup('deny', socket.wsClientId);
    expect(pageData(await callback.text())).toEqual({ ok: false, errorType: 'callback_err', message: expect.stringContaining('Access was denied') });
    expect(await socket.nextMessage()).toMatchObject({ message_type: 'error', provider_config_key: 'demo-oauth2', error_type: 'callback_err' });
    socket.close();
  });

  it('serves the callback script and style the page refers to', async () => {
    const script = await fetch(`${server.url}/oauth/callback.js`);
    expect(script.headers.get('content-type')).toContain('javascript');
    expect(await script.text()).toContain('nango_oauth_callback_ack');
    expect((await fetch(`${server.url}/oauth/callback.css`)).status).toBe(200);
  });
});
