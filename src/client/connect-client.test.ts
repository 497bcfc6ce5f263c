import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../server/api/test/test-deps';
import { ConnectError, createConnectClient, type ConnectClientOptions } from './index';
import type { BrowserWindow, InboundMessage, PopupWindow } from './oauth/popup';
import type { WebSocketLike } from './oauth/socket';

// The headless client against the real reference API (in process: `app.request` is its fetch).

const apiURL = 'http://api.test';
let api: TestApi;
let token: string;

beforeEach(async () => {
  api = createTestApi();
  token = await api.createSession();
});
afterEach(() => api.cleanup());

const realFetch = (): typeof fetch => (input, init) => Promise.resolve(api.app.request(String(input), init));

function client(options: Partial<ConnectClientOptions> = {}) {
  return createConnectClient({ apiURL, sessionToken: token, fetch: realFetch(), ...options });
}

async function rejection(promise: Promise<unknown>): Promise<ConnectError> {
  const error = await promise.then(() => null, (reason: unknown) => reason);
  expect(error).toBeInstanceOf(ConnectError);
  return error as ConnectError;
}

describe('session() and integrations()', () => {
  it('read the session and the integrations it offers', async () => {
    const headless = client();
    expect(await headless.session()).toMatchObject({ websocketsPath: '/', connectUISettings: expect.objectContaining({ defaultTheme: expect.any(String) }) });
    const integrations = await headless.integrations();
    expect(integrations.map((item) => item.unique_key)).toEqual(expect.arrayContaining(['demo-api-key', 'demo-basic', 'demo-oauth2']));
  });

  it('reject an unknown token with invalid_session_token / session_expired, a missing one before any call', async () => {
    const malformed = await rejection(client({ sessionToken: 'nope' }).session());
    expect([malformed.type, malformed.status]).toEqual(['invalid_session_token', 401]);
    const unknown = await rejection(client({ sessionToken: `nango_connect_session_${'0'.repeat(64)}` }).integrations());
    expect(unknown.type).toBe('session_expired');
    const missing = await rejection(client({ sessionToken: () => null }).session());
    expect(missing.type).toBe('missing_connect_session_token');
  });

  it('reject with the signal’s reason once the caller aborts', async () => {
    const hanging: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const controller = new AbortController();
    const pending = client({ fetch: hanging }).session(controller.signal);
    const reason = new Error('the user left');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  it('reject an unreachable API with network_error', async () => {
    const error = await rejection(client({ fetch: () => Promise.reject(new TypeError('fetch failed')) }).session());
    expect(error.type).toBe('network_error');
  });
});

describe('provider()', () => {
  it('is the form the widget renders: fields with English labels, hints and validation', async () => {
    const form = await client().provider('demo-basic');
    expect(form).toMatchObject({ integrationId: 'demo-basic', authMode: 'BASIC' });
    const keys = form.fields.map((field) => field.key);
    expect(keys).toEqual(expect.arrayContaining(['credentials.username', 'credentials.password', 'params.subdomain']));
    const password = form.fields.find((field) => field.key === 'credentials.password');
    expect(password).toMatchObject({ isSecret: true, isRequired: true, label: { text: expect.any(String) } });
    expect(form.validate({})).toEqual(expect.arrayContaining([
      { key: 'credentials.password', issue: 'required', message: 'This field is required.' },
    ]));
    expect(form.validate({ username: 'jane@acme.test', password: 'test_pw', subdomain: 'acme' })).toEqual([]);
  });

  it('rejects an integration the session does not offer', async () => {
    const error = await rejection(client().provider('nope'));
    expect([error.type, error.code]).toEqual(['invalid_request', 'unknown_integration']);
  });
});

describe('connect()', () => {
  it('connects an API key integration and the connection is stored', async () => {
    const result = await client().connect('demo-api-key', { apiKey: 'test_key', region: 'eu' });
    expect(result).toEqual({ providerConfigKey: 'demo-api-key', connectionId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(api.deps.store.getConnection('demo-api-key', result.connectionId)).toMatchObject({ providerConfigKey: 'demo-api-key' });
  });

  it('connects a Basic integration with values keyed as the form keys them', async () => {
    const result = await client().connect('demo-basic', { 'credentials.username': 'jane@acme.test', 'credentials.password': 'test_pw', 'params.subdomain': 'acme' });
    expect(result.providerConfigKey).toBe('demo-basic');
  });

  it('rejects credentials the provider refuses with connection_test_failed and the server’s message', async () => {
    const apiKey = await rejection(client().connect('demo-api-key', { apiKey: 'live_key', region: 'eu' }));
    expect([apiKey.type, apiKey.code, apiKey.status]).toEqual(['connection_test_failed', 'connection_test_failed', 400]);
    expect(apiKey.message).toContain('API key');
    const basic = await rejection(client().connect('demo-basic', { username: 'jane@acme.test', password: 'hunter2', subdomain: 'acme' }));
    expect([basic.type, basic.status]).toEqual(['connection_test_failed', 400]);
    expect(api.deps.store.countConnections()).toBe(0);
  });

  it('rejects a missing required value with missing_credentials before sending anything', async () => {
    const sent: string[] = [];
    const fetcher: typeof fetch = (input, init) => (sent.push(String(input)), realFetch()(input, init));
    const error = await rejection(client({ fetch: fetcher }).connect('demo-basic', { username: 'jane@acme.test', subdomain: 'acme' }));
    expect(error.type).toBe('missing_credentials');
    expect(error.message).toContain('credentials.password');
    expect(sent.some((url) => url.includes('/api-auth/'))).toBe(false);
  });

  it('passes connectionId on, and the API refuses it with a session token (as Nango does)', async () => {
    const error = await rejection(client().connect('demo-api-key', { apiKey: 'test_key', region: 'eu' }, { connectionId: 'c1' }));
    expect([error.type, error.status]).toEqual(['invalid_request', 400]);
  });

  it('sends the AWS External ID provider() showed', async () => {
    const headless = client();
    const { externalId, showExternalId } = await headless.provider('demo-aws-sigv4');
    expect([typeof externalId, showExternalId]).toEqual(['string', true]);
    const { connectionId } = await headless.connect('demo-aws-sigv4', { role_arn: 'arn:aws:iam::123456789012:role/test_pb' });
    expect(api.deps.store.getConnection('demo-aws-sigv4', connectionId)?.connectionConfig).toMatchObject({ external_id: externalId });
  });

  it('sends an OAuth integration to authorize()', async () => {
    const error = await rejection(client().connect('demo-oauth2', {}));
    expect([error.type, error.code]).toEqual(['invalid_request', 'oauth_auth_mode']);
  });
});

/** A browser window that records what the client opens and navigates. */
function fakeBrowser() {
  const opened: Array<{ url: string; target: string }> = [];
  const navigations: string[] = [];
  const listeners = new Set<(event: InboundMessage) => void>();
  const popup: PopupWindow = { closed: false, close: () => {}, location: { replace: (url) => void navigations.push(url) }, postMessage: () => {} };
  const window: BrowserWindow & { location: { href: string } } = {
    open: (url, target) => (opened.push({ url, target }), popup),
    screenX: 0, screenY: 0, outerWidth: 1200, outerHeight: 800, screen: { availWidth: 1920, availHeight: 1080 },
    addEventListener: (_type, listener) => void listeners.add(listener),
    removeEventListener: (_type, listener) => void listeners.delete(listener),
    location: { href: 'http://host.test/settings?tab=apps' },
  };
  return { window, opened, navigations, popup };
}

/** Sockets the test speaks for, as the API would: `send` delivers a frame to the client. */
function scriptedSockets() {
  const sockets: Array<{ url: string; send: (message: unknown) => void }> = [];
  class ScriptedSocket implements WebSocketLike {
    listeners: Record<string, Array<(event: { data: unknown }) => void>> = {};
    constructor(readonly url: string) {
      sockets.push(this);
    }
    addEventListener(type: string, listener: (event: { data: unknown }) => void) {
      (this.listeners[type] ??= []).push(listener);
    }
    close() {}
    send(message: unknown) {
      for (const listener of this.listeners.message ?? []) listener({ data: JSON.stringify(message) });
    }
  }
  return { sockets, ScriptedSocket };
}

/** A socket that never answers: the flow waits for the window. */
class SilentSocket implements WebSocketLike {
  addEventListener() {}
  close() {}
}

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), removeItem: (key: string) => void items.delete(key) };
}

describe('authorize()', () => {
  it('redirect: sends this tab to the API’s connect URL with the token, params and the way back, and the API accepts it', async () => {
    const { window, opened } = fakeBrowser();
    const storage = memoryStorage();
    const headless = client({ window, storage });
    void headless.authorize('demo-oauth2', { mode: 'redirect', params: { region: 'eu & us' } });
    await expect.poll(() => opened.length).toBe(1);
    const [first] = opened;
    const url = new URL(first?.url ?? '');
    expect([first?.target, url.origin, url.pathname]).toEqual(['_top', apiURL, '/oauth/connect/demo-oauth2']);
    expect(url.searchParams.get('connect_session_token')).toBe(token);
    expect(url.searchParams.get('params[region]')).toBe('eu & us');
    expect(url.searchParams.get('return_to')).toBe('http://host.test/settings?tab=apps');
    expect(url.searchParams.get('plugboard_flow')).toMatch(/^[A-Za-z0-9_-]{32}$/);
    // The pending flow is kept for resumeRedirect(), and the API starts the flow (a redirect to the provider).
    expect(storage.getItem('plugboard.oauth.pending')).toContain(url.searchParams.get('plugboard_flow'));
    const started = await api.app.request(url.pathname + url.search);
    expect(started.status).toBe(302);
  });

  it('redirect: an API without redirect support (Nango) rejects with blocked_by_browser and the tab stays', async () => {
    const { window, opened } = fakeBrowser();
    const noRedirect: typeof fetch = (input, init) =>
      new URL(String(input)).pathname === '/oauth/redirect' ? Promise.resolve(new Response('{"error":{"code":"not_found"}}', { status: 404 })) : realFetch()(input, init);
    const error = await rejection(client({ window, storage: memoryStorage(), fetch: noRedirect }).authorize('demo-oauth2', { mode: 'redirect' }));
    expect([error.type, error.code]).toEqual(['blocked_by_browser', 'redirect_unavailable']);
    expect(opened).toEqual([]);
  });

  it('redirect: resumeRedirect() without a pending flow is null', async () => {
    expect(await client({ storage: memoryStorage() }).resumeRedirect()).toBeNull();
  });

  it('popup: opens the window at once, navigates it with the socket’s client id, and resolves with the socket’s result', async () => {
    const { window, opened, navigations } = fakeBrowser();
    const { sockets, ScriptedSocket } = scriptedSockets();
    const outcome = client({ window, WebSocket: ScriptedSocket }).authorize('demo-oauth2', { mode: 'popup' });
    expect(opened).toHaveLength(1); // synchronously, inside the caller's click
    await expect.poll(() => sockets.length).toBe(1);
    expect(sockets[0]?.url).toBe('ws://api.test/');
    sockets[0]?.send({ message_type: 'connection_ack', ws_client_id: 'ws-1' });
    expect(new URL(navigations[0] ?? '').searchParams.get('ws_client_id')).toBe('ws-1');
    sockets[0]?.send({ message_type: 'success', provider_config_key: 'demo-oauth2', connection_id: 'conn-1' });
    expect(await outcome).toEqual({ providerConfigKey: 'demo-oauth2', connectionId: 'conn-1', isPending: false });
  });

  it('popup: a refusal on the socket rejects at once, and the window still loading its callback page is closed only a moment later', async () => {
    // The API announces the refusal on the socket before it answers the callback page. Closed while
    // it navigates, Chromium may keep the window open yet read it as closed, and the flow's own
    // close, a moment later, would then skip it: the error page would stay open.
    const { window, popup } = fakeBrowser();
    let closes = 0;
    const tracked = { ...popup, close: () => void (closes += 1) };
    const { sockets, ScriptedSocket } = scriptedSockets();
    const outcome = client({ window: { ...window, open: () => tracked }, WebSocket: ScriptedSocket }).authorize('demo-oauth2', { mode: 'popup' });
    await expect.poll(() => sockets.length).toBe(1);
    sockets[0]?.send({ message_type: 'connection_ack', ws_client_id: 'ws-1' });
    sockets[0]?.send({ message_type: 'error', provider_config_key: 'demo-oauth2', error_type: 'callback_err', error_desc: 'Access was denied at the provider.' });
    const error = await rejection(outcome);
    expect([error.type, error.code]).toEqual(['connection_validation_failed', 'callback_err']);
    expect(closes).toBe(0);
    await expect.poll(() => closes, { timeout: 5_000 }).toBe(1);
  });

  it('popup: a blocked window rejects with blocked_by_browser', async () => {
    const { window } = fakeBrowser();
    const blocked = await rejection(client({ window: { ...window, open: () => null } }).authorize('demo-oauth2', { mode: 'popup' }));
    expect(blocked.type).toBe('blocked_by_browser');
    // A window the caller tried to open itself and the browser refused.
    const refused = await rejection(client({ window }).authorize('demo-oauth2', { mode: 'popup', popup: null }));
    expect(refused.type).toBe('blocked_by_browser');
  });

  it('popup: aborting the signal stops the flow, closes the window and rejects with the reason', async () => {
    const { window, popup } = fakeBrowser();
    let closedByClient = false;
    const tracked = { ...popup, close: () => void (closedByClient = true) };
    const controller = new AbortController();
    let sockets = 0;
    class CountedSocket extends SilentSocket {
      constructor() {
        super();
        sockets += 1;
      }
    }
    const outcome = client({ window: { ...window, open: () => tracked }, WebSocket: CountedSocket }).authorize('demo-oauth2', { mode: 'popup', signal: controller.signal });
    await expect.poll(() => sockets).toBe(1); // the flow is under way
    const reason = new Error('the user left');
    controller.abort(reason);
    await expect(outcome).rejects.toBe(reason);
    await expect.poll(() => closedByClient).toBe(true);
  });

  it('popup: with detectClosedAuthWindow, a window the user closes rejects with window_closed', async () => {
    const { window, popup } = fakeBrowser();
    const closable = { ...popup, closed: false };
    const outcome = client({ window: { ...window, open: () => closable }, WebSocket: SilentSocket }).authorize('demo-oauth2', { mode: 'popup', detectClosedAuthWindow: true });
    closable.closed = true;
    const error = await rejection(outcome);
    expect(error.type).toBe('window_closed');
  });
});
