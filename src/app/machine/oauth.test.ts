import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ack, apiURL, callbackError, denied, run, setup, success } from '../../../test/app/oauth-harness';
import { ScriptedSocket } from '../../../test/app/oauth-doubles';

const popupUrl = 'http://127.0.0.1:3003/oauth/connect/demo-oauth2?connect_session_token=tok&params[subdomain]=acme&ws_client_id=ws-1';

beforeEach(() => {
  vi.useFakeTimers();
  ScriptedSocket.instances = [];
});
afterEach(() => vi.useRealTimers());

describe('the popup flow', () => {
  it('opens a blank popup at once, then navigates it when the socket acknowledges', async () => {
    const { model, browser } = await setup();
    run(model);
    expect(browser.opened).toEqual([{ url: '', target: '_blank', features: expect.stringContaining('width=500,height=600') }]);
    expect(model.phase.value).toBe('opening');
    expect(ScriptedSocket.latest().url).toBe('ws://127.0.0.1:3003/');
    ScriptedSocket.latest().send(ack);
    expect(browser.popups[0]?.navigations).toEqual([popupUrl]);
    expect(model.phase.value).toBe('waiting');
  });

  it('resolves with the connection on success, then closes socket, listener and popup', async () => {
    const { model, browser } = await setup();
    const outcome = run(model);
    ScriptedSocket.latest().send(ack);
    ScriptedSocket.latest().send(success);
    await vi.advanceTimersByTimeAsync(500);
    expect(outcome.result).toEqual({ ok: true, value: { providerConfigKey: 'demo-oauth2', connectionId: 'conn-1', isPending: false } });
    expect(model.phase.value).toBe('done');
    expect(ScriptedSocket.latest().isClosed).toBe(true);
    expect(browser.popups[0]?.closed).toBe(true);
    expect(browser.listenerCount()).toBe(0);
  });

  it('uses the session’s websocketsPath and the host’s popup size', async () => {
    const { model, browser } = await setup({ apiURL: 'https://x.example/nango', popupSize: { width: 640, height: 480 } }, { websocketsPath: '/ws' });
    run(model);
    expect(ScriptedSocket.latest().url).toBe('wss://x.example/nango/ws');
    expect(browser.opened[0]?.features).toContain('width=640,height=480');
  });

  it('fails with the provider’s message and the raw error type on a socket error', async () => {
    const { model, reported } = await setup();
    const outcome = run(model);
    ScriptedSocket.latest().send(ack);
    ScriptedSocket.latest().send(denied);
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome.result).toMatchObject({ ok: false, failure: { errorType: 'connection_validation_failed', code: 'callback_err', message: 'The user denied access' } });
    expect(model.phase.value).toBe('failed');
    expect(reported).toEqual([]);
  });

  it('reports one failure when the callback page and the socket both report it, and acknowledges the page', async () => {
    const { model, browser } = await setup();
    const outcome = run(model);
    ScriptedSocket.latest().send(ack);
    const popup = browser.popups[0];
    browser.deliver({ origin: apiURL, source: popup, data: callbackError });
    ScriptedSocket.latest().send(denied);
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome.result).toMatchObject({ ok: false, failure: { errorType: 'connection_validation_failed', message: 'The user denied access' } });
    expect(popup?.posted).toEqual([{ message: { type: 'nango_oauth_callback_ack' }, targetOrigin: apiURL }]);
    expect(ScriptedSocket.latest().isClosed).toBe(true);
  });

  it('waits for the socket after the callback page’s success (only the socket has the connection id)', async () => {
    const { model, browser } = await setup();
    const outcome = run(model);
    ScriptedSocket.latest().send(ack);
    browser.deliver({ origin: apiURL, source: browser.popups[0], data: { type: 'nango_oauth_callback_success' } });
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome.result).toBeNull();
    expect(browser.popups[0]?.posted).toHaveLength(1);
    ScriptedSocket.latest().send(success);
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome.result?.ok).toBe(true);
  });

  it('ignores callback messages from another origin or another window', async () => {
    const { model, browser } = await setup();
    const outcome = run(model);
    ScriptedSocket.latest().send(ack);
    browser.deliver({ origin: 'http://127.0.0.2:4000', source: browser.popups[0], data: callbackError });
    browser.deliver({ origin: apiURL, source: {}, data: callbackError });
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome.result).toBeNull();
    expect(browser.popups[0]?.posted).toEqual([]);
  });

  it('reports a pending connection (a GitHub App awaiting approval) as pending', async () => {
    const { model } = await setup();
    const outcome = run(model);
    ScriptedSocket.latest().send(ack);
    ScriptedSocket.latest().send({ ...success, is_pending: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome.result).toMatchObject({ ok: true, value: { isPending: true } });
  });
});

describe('the OAuth code, a chunk of its own', () => {
  it('is fetched at the click when it is not there yet, and the popup opens once it is', async () => {
    // The form's early fetch failed (offline for a moment): the click fetches it again.
    const { model, browser } = await setup({}, { oauthChunkFailures: 1 });
    run(model);
    expect(model.machine.screen.value.name).toBe('submitting');
    await vi.advanceTimersByTimeAsync(0);
    expect(browser.opened).toEqual([{ url: '', target: '_blank', features: expect.stringContaining('width=500') }]);
    expect(model.phase.value).toBe('opening');
  });

  it('that cannot load is a network failure; Try again goes back to the filled form, whose Connect signs in', async () => {
    const { model, browser, events } = await setup({}, { oauthChunkFailures: 2 });
    run(model);
    await vi.advanceTimersByTimeAsync(0);
    expect(model.machine.screen.value).toMatchObject({ name: 'failure', step: 'submit', failure: { errorType: 'network_error' } });
    expect(events.filter((event) => event.type === 'error')).toMatchObject([{ payload: { errorType: 'network_error' } }]);
    expect(browser.opened).toEqual([]);

    model.machine.retry();
    const screen = model.machine.screen.value;
    expect(screen.name).toBe('form');
    if (screen.name === 'form') expect(model.machine.formFor(screen.target.integration)?.values.value).toMatchObject({ 'params.subdomain': 'acme' });
    await vi.advanceTimersByTimeAsync(0);
    run(model);
    expect(browser.opened).toHaveLength(1); // the form fetched it again: the click opens the popup at once
  });

  it('is fetched again on the intent to connect (the pointer on Connect) after the form’s fetch failed', async () => {
    const { model, browser } = await setup({}, { oauthChunkFailures: 1 });
    const screen = model.machine.screen.value;
    if (screen.name !== 'form') throw new Error(`on ${screen.name}`);
    model.machine.prefetch(screen.target.integration);
    await vi.advanceTimersByTimeAsync(0);
    run(model);
    expect(browser.opened).toHaveLength(1); // in the click itself: the popup keeps its user gesture
  });
});

