import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from '../../client/oauth/browser';
import { launchRedirect } from '../../client/oauth/redirect';
import { ack, memoryStorage, run, setup, success } from '../../../test/app/oauth-harness';
import { ScriptedSocket } from '../../../test/app/oauth-doubles';

// Bring your own OAuth app: the secret goes in a POST body bound to the popup's socket, never in a URL.

beforeEach(() => {
  vi.useFakeTimers();
  ScriptedSocket.instances = [];
});
afterEach(() => vi.useRealTimers());

const ownApp = {
  request: {
    providerConfigKey: 'demo-oauth2', provider: 'test-oauth2', params: {}, authorizationParams: {},
    credentials: { oauth_client_id_override: 'my-app', oauth_client_secret_override: 'test_s3cret' },
  },
};
/** The form as the user filled it: their own app's id and secret. */
const ownAppValues = {
  values: { 'credentials.oauth_client_id_override': 'my-app', 'credentials.oauth_client_secret_override': 'test_s3cret' },
  provider: { auth_mode: 'OAUTH2', name: 'test-oauth2' },
};

describe('an own OAuth app', () => {
  it('is sent in a POST body with the socket’s client id before the popup is navigated, and the popup URL holds no secret', async () => {
    const { model, browser, fetch } = await setup({}, ownAppValues);
    fetch.mockImplementation(async () => new Response(null, { status: 204 }));
    const outcome = run(model);
    ScriptedSocket.latest().send(ack);
    expect(browser.popups[0]?.navigations).toEqual([]);
    await vi.advanceTimersByTimeAsync(0);
    const [url, init] = fetch.mock.calls.at(-1) ?? [];
    expect(url).toBe('http://127.0.0.1:3003/oauth/connect/demo-oauth2/credentials');
    expect(init?.method).toBe('POST');
    expect(new Headers(init?.headers).get('authorization')).toBe('Bearer tok');
    expect(JSON.parse(String(init?.body))).toEqual({ ws_client_id: 'ws-1', oauth_client_id_override: 'my-app', oauth_client_secret_override: 'test_s3cret' });
    expect(browser.popups[0]?.navigations).toEqual([
      'http://127.0.0.1:3003/oauth/connect/demo-oauth2?connect_session_token=tok&credentials[oauth_client_id_override]=my-app&ws_client_id=ws-1',
    ]);
    ScriptedSocket.latest().send(success);
    await vi.advanceTimersByTimeAsync(500);
    expect(outcome.result?.ok).toBe(true);
  });

  it('ends the flow with the API’s error, without navigating the popup, when the API refuses it', async () => {
    const { model, browser, fetch } = await setup({}, ownAppValues);
    fetch.mockImplementation(async () => new Response(JSON.stringify({ error: { code: 'invalid_body', message: 'The connect session does not let the end user bring their own OAuth app' } }), { status: 400 }));
    const outcome = run(model);
    ScriptedSocket.latest().send(ack);
    await vi.advanceTimersByTimeAsync(10);
    expect(outcome.result).toMatchObject({ ok: false, failure: { code: 'invalid_body', message: expect.stringContaining('own OAuth app') } });
    expect(browser.popups[0]?.navigations).toEqual([]);
    expect(browser.popups[0]?.closed).toBe(true);
  });

  it('is not sent to a server without the route (a Nango server): a clear failure, no fallback to the URL', async () => {
    const { model, browser, fetch } = await setup({}, ownAppValues);
    fetch.mockImplementation(async () => new Response('Not Found', { status: 404 }));
    const outcome = run(model);
    ScriptedSocket.latest().send(ack);
    await vi.advanceTimersByTimeAsync(10);
    expect(outcome.result).toMatchObject({ ok: false, failure: { code: 'own_app_unsupported', message: expect.stringContaining('without putting its secret in a URL') } });
    expect(browser.popups[0]?.navigations).toEqual([]);
  });
});

describe('an own OAuth app in redirect mode', () => {
  it('is refused with a clear message before the tab goes anywhere: its secret needs the popup’s socket', async () => {
    const opened: string[] = [];
    const failure = launchRedirect(
      {
        window: { open: (url: string) => (opened.push(url), null) } as unknown as BrowserWindow,
        storage: memoryStorage(), apiURL: 'http://127.0.0.1:3003', returnUrl: () => 'http://localhost:5000/host.html', now: () => 0, newFlowId: () => 'f'.repeat(32),
      },
      ownApp.request,
      'tok',
    );
    expect(failure).toMatchObject({ errorType: 'blocked_by_browser', code: 'own_app_needs_popup', message: expect.stringContaining('allow pop-ups') });
    expect(opened).toEqual([]);
  });
});
