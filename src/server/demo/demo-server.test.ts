import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type RunningApiServer } from '../api/server';
import { runOAuthPopup } from '../api/test/oauth-popup';
import { startDemoServer } from './server';

const quiet = () => {};
let api: RunningApiServer;
let demo: { url: string; close(): Promise<void> };
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'plugboard-demo-test-'));
  // Access tokens that live a minute: every read is within the 15-minute window, so it refreshes.
  const configPath = join(dataDir, 'plugboard.json');
  writeFileSync(configPath, JSON.stringify({ test_provider: { access_token_ttl_seconds: 60 } }));
  api = await startApiServer({ port: 0, dataDir, configPath, connectUiUrl: 'http://127.0.0.1:9/', secretKey: 'demo-test-secret-key', log: quiet });
  demo = await startDemoServer({ port: 0, apiUrl: api.url, uiUrl: 'http://127.0.0.1:9/', secretKey: api.secretKey, sdkDir: resolve('dist/sdk'), log: quiet });
});

afterAll(async () => {
  await demo.close();
  await api.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function waitFor<T>(read: () => Promise<T>, isDone: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const value = await read();
    if (isDone(value)) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('condition not reached in time');
}

describe('the demo customer app', () => {
  it('serves its page under a strict CSP with the widget origin as the only frame source', async () => {
    const res = await fetch(demo.url);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain('frame-src http://127.0.0.1:9');
    const html = await res.text();
    expect(html).toContain('<script type="module" src="/demo.js">');
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
  });

  it('exposes the widget and API URLs', async () => {
    expect(await (await fetch(`${demo.url}/api/config`)).json()).toEqual({ uiUrl: 'http://127.0.0.1:9/', apiUrl: api.url });
  });

  it('receives a verified webhook for a connection made with its session token', async () => {
    const { token } = await (await fetch(`${demo.url}/api/session-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json();
    const auth = await fetch(`${api.url}/api-auth/api-key/demo-api-key?connect_session_token=${token}&params[region]=eu`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ apiKey: 'test_demo' }),
    });
    const { connectionId } = await auth.json();
    const state = await waitFor(
      async () => (await fetch(`${demo.url}/api/state`)).json(),
      (value: { connections: Array<{ connectionId: string }>; events: unknown[] }) => value.connections.some((c) => c.connectionId === connectionId),
    );
    expect(state.connections[0]).toMatchObject({ providerConfigKey: 'demo-api-key', connectionId, isConfirmedByWebhook: true, lastOperation: 'creation' });
    expect(state.events[0]).toMatchObject({ source: 'webhook', type: 'auth:creation', isVerified: true });

    const reconnect = await fetch(`${demo.url}/api/reconnect-token`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ connectionId, integrationId: 'demo-api-key' }),
    });
    expect((await reconnect.json()).token).toMatch(/^nango_connect_session_/);
  });

  it('keeps verifying webhooks after the signing key is rotated', async () => {
    const rotate = await fetch(`${api.url}/environment/webhook-signing-key/rotate`, {
      method: 'POST', headers: { authorization: `Bearer ${api.secretKey}`, 'content-type': 'application/json' }, body: '{}',
    });
    expect(rotate.status).toBe(200);
    const { token } = await (await fetch(`${demo.url}/api/session-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json();
    const auth = await fetch(`${api.url}/api-auth/api-key/demo-api-key?connect_session_token=${token}&params[region]=eu`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ apiKey: 'test_after_rotation' }),
    });
    const { connectionId } = await auth.json();
    const state = await waitFor(
      async () => (await fetch(`${demo.url}/api/state`)).json(),
      (value: { connections: unknown[]; events: Array<{ source: string; summary: string }> }) => value.events.some((event) => event.source === 'webhook' && event.summary.includes(connectionId)),
    );
    expect(state.events.filter((event: { source: string }) => event.source === 'webhook')).not.toContainEqual(expect.objectContaining({ isVerified: false }));
    expect(state.connections).toContainEqual(expect.objectContaining({ connectionId, isConfirmedByWebhook: true }));
  });

  it('shows failed attempts from their failure webhooks: a refused key, and a reconnect denied at the provider', async () => {
    const sessionToken = async (path: string, body: unknown) =>
      (await (await fetch(`${demo.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json()).token;
    const refused = await fetch(`${api.url}/api-auth/api-key/demo-api-key?connect_session_token=${await sessionToken('/api/session-token', {})}&params[region]=eu`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ apiKey: 'not-a-test-key' }),
    });
    expect(refused.status).toBe(400);
    type State = { connections: Array<{ connectionId: string; error: string | null }>; events: Array<{ type: string; summary: string; isFailure?: boolean; isVerified?: boolean }> };
    const readState = async (): Promise<State> => (await fetch(`${demo.url}/api/state`)).json();
    const afterRefusal = await waitFor(readState, (state) => state.events.some((event) => event.isFailure === true));
    expect(afterRefusal.events.find((event) => event.isFailure)).toMatchObject({
      type: 'auth:creation', isVerified: true, summary: expect.stringContaining('connection_test_failed'),
    });

    const allowed = await runOAuthPopup(api.url, { token: await sessionToken('/api/session-token', { integration: 'demo-oauth2' }), decision: 'allow' });
    expect(allowed.status).toBe(200);
    const created = await waitFor(readState, (state) => state.events.some((event) => event.type === 'auth:creation' && event.summary.startsWith('demo-oauth2')));
    const connectionId = created.connections.find((connection) => created.events.some((event) => event.summary.includes(connection.connectionId) && event.summary.startsWith('demo-oauth2')))!.connectionId;
    const reconnectToken = await sessionToken('/api/reconnect-token', { connectionId, integrationId: 'demo-oauth2' });
    expect((await runOAuthPopup(api.url, { token: reconnectToken, decision: 'deny' })).status).toBe(400);
    const afterDeny = await waitFor(readState, (state) => state.events.some((event) => event.type === 'auth:override' && event.isFailure === true));
    expect(afterDeny.events.find((event) => event.type === 'auth:override')?.summary).toContain('callback_err');
    expect(afterDeny.connections.find((connection) => connection.connectionId === connectionId)?.error).toContain('callback_err');
  });

  it("fetches an OAuth connection's token from its backend, and shows that the API refreshed it", async () => {
    const { token } = await (await fetch(`${demo.url}/api/session-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ integration: 'demo-oauth2' }) })).json();
    expect((await runOAuthPopup(api.url, { token, decision: 'allow' })).status).toBe(200);
    const { connections } = await (await fetch(`${api.url}/connections?integrationId=demo-oauth2`, { headers: { authorization: `Bearer ${api.secretKey}` } })).json();
    const connectionId: string = connections[0].connection_id;
    const getToken = async () => {
      const res = await fetch(`${demo.url}/api/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ connectionId, integrationId: 'demo-oauth2' }) });
      expect(res.status).toBe(200);
      return res.json();
    };
    const first = await getToken();
    const second = await getToken();
    expect(first).toMatchObject({ tokenHint: expect.stringMatching(/^….{6}$/), expiresAt: expect.any(String) });
    expect(second.tokenHint).not.toBe(first.tokenHint);
    const { events } = await (await fetch(`${demo.url}/api/state`)).json();
    expect(events[0]).toMatchObject({ source: 'api', type: 'token', summary: expect.stringContaining('refreshed') });
  });

  it('lists the integrations for its select', async () => {
    const { integrations } = await (await fetch(`${demo.url}/api/integrations`)).json();
    expect(integrations).toContainEqual(expect.objectContaining({ unique_key: 'demo-oauth2', display_name: 'Test OAuth2' }));
  });

  it('rejects a webhook with a forged signature', async () => {
    const res = await fetch(`${demo.url}/webhooks/plugboard`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-nango-hmac-sha256': 'ab'.repeat(32) }, body: '{"type":"auth"}',
    });
    expect(res.status).toBe(401);
  });
});
