import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ack, memoryStorage, run, settleProbe, setup, success } from '../../../test/app/oauth-harness';
import { savePendingFlow } from '../../client/oauth/pending-flow';
import { ScriptedSocket } from '../../../test/app/oauth-doubles';

beforeEach(() => {
  vi.useFakeTimers();
  ScriptedSocket.instances = [];
});
afterEach(() => vi.useRealTimers());

const topNavigations = (opened: { target: string; url: string }[]) => opened.filter(({ target }) => target === '_top').map(({ url }) => new URL(url));

describe('a blocked popup', () => {
  it('tells the host at once, offers a retry, and opens nothing else until the user clicks', async () => {
    const { model, browser, reported } = await setup();
    browser.block(1);
    const outcome = run(model);
    expect(model.phase.value).toBe('blocked');
    expect(reported).toMatchObject([{ errorType: 'blocked_by_browser', code: 'popup_blocked' }]);
    expect(ScriptedSocket.instances).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(model.phase.value).toBe('blocked');

    model.reopen(); // the retry button: a new user gesture
    ScriptedSocket.latest().send(ack);
    ScriptedSocket.latest().send(success);
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome.result?.ok).toBe(true);
    expect(reported).toHaveLength(1);
  });

  it('switches to redirect mode after two blocks when the API can bring the page back', async () => {
    const { model, browser, storage } = await setup({}, { supportsRedirect: true });
    browser.block(2);
    run(model);
    await settleProbe();
    model.reopen();
    expect(model.nextStep.value).toBe('redirect');
    model.reopen();
    const [top] = topNavigations(browser.opened);
    expect(top?.pathname).toBe('/oauth/connect/demo-oauth2');
    expect(top?.searchParams.get('return_to')).toBe('http://localhost:5000/host.html?x=1');
    expect(top?.searchParams.get('plugboard_flow')).toBe('f'.repeat(32));
    expect(top?.searchParams.has('ws_client_id')).toBe(false);
    expect(JSON.parse(storage.items.get('plugboard.oauth.pending') ?? '{}')).toMatchObject({ flowId: 'f'.repeat(32), providerConfigKey: 'demo-oauth2' });
    expect(model.phase.value).toBe('waiting');
  });

  it('counts the blocks on the oauth screen, and after two the user can continue on another device', async () => {
    const { model, browser } = await setup();
    browser.block(2);
    run(model);
    expect(model.machine.oauth.value?.blockedCount.value).toBe(1);
    model.reopen();
    expect(model.machine.oauth.value?.blockedCount.value).toBe(2);
    expect(model.machine.screen.value).toMatchObject({ name: 'oauth', phase: 'blocked' });
    model.machine.handoff.value?.open();
    expect(model.machine.screen.value.name).toBe('handoff');
    // The sign-in here stopped: no window opens from it any more.
    model.reopen();
    expect(browser.popups).toHaveLength(0);
  });

  it('keeps offering the popup when the API cannot (a Nango server)', async () => {
    const { model, browser } = await setup();
    browser.block(3);
    run(model);
    await settleProbe();
    model.reopen();
    model.reopen();
    expect(model.nextStep.value).toBe('popup');
    expect(topNavigations(browser.opened)).toEqual([]);
  });
});

describe('redirect mode', () => {
  it('is used from the first click when the host asks for it', async () => {
    const { model, browser } = await setup({ requestedMode: 'redirect' }, { supportsRedirect: true });
    await settleProbe();
    run(model);
    expect(browser.popups).toEqual([]);
    expect(ScriptedSocket.instances).toEqual([]);
    expect(topNavigations(browser.opened)).toHaveLength(1);
  });

  it('is used from the first click when the OAuth code arrives only after it (the API is asked first)', async () => {
    // The form's early fetch of the OAuth code failed: the click fetches it again.
    const { model, browser } = await setup({ requestedMode: 'redirect' }, { supportsRedirect: true, oauthChunkFailures: 1 });
    run(model);
    expect(model.machine.screen.value.name).toBe('submitting');
    await settleProbe();
    expect(browser.popups).toEqual([]);
    expect(topNavigations(browser.opened)).toHaveLength(1);
  });

  it('is used from the first click when the API has not answered yet (the OAuth code is already there)', async () => {
    // The form fetched the OAuth code while the user read it; the API's answer is still on its way
    // when Connect is clicked. The click waits for it rather than opening the popup the host ruled out.
    let answer: (response: Response) => void = () => {};
    const fetch = vi.fn<typeof globalThis.fetch>(() => new Promise((resolve) => (answer = resolve)));
    const { model, browser } = await setup({ requestedMode: 'redirect', fetch }, { supportsRedirect: true });
    expect(fetch).toHaveBeenCalledTimes(1); // the probe left with the OAuth code
    run(model);
    answer(new Response('{"data":{"returnTo":true}}'));
    await settleProbe();
    expect(browser.popups).toEqual([]);
    expect(topNavigations(browser.opened)).toHaveLength(1);
    expect(model.phase.value).toBe('waiting');
  });

  it('is used from the first click in an app’s web view', async () => {
    const { model, browser } = await setup({ isInAppBrowser: true }, { supportsRedirect: true });
    await settleProbe();
    run(model);
    // The web view explains first (no window, no navigation); "Try here anyway" is the first click that goes.
    expect(model.machine.screen.value.name).toBe('inAppBrowser');
    expect(topNavigations(browser.opened)).toHaveLength(0);
    model.machine.handoff.value?.continueHere();
    expect(topNavigations(browser.opened)).toHaveLength(1);
  });

  it('fails clearly when the browser refuses to navigate the tab', async () => {
    const { model, browser } = await setup({ requestedMode: 'redirect' }, { supportsRedirect: true });
    await settleProbe();
    browser.block(1);
    const outcome = run(model);
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome.result).toMatchObject({ ok: false, failure: { errorType: 'blocked_by_browser', code: 'redirect_blocked' } });
  });

  it('falls back to the popup while there is no page to come back to', async () => {
    const { model, browser } = await setup({ requestedMode: 'redirect', returnUrl: () => null }, { supportsRedirect: true });
    await settleProbe();
    run(model);
    expect(browser.popups).toHaveLength(1);
  });
});

describe('a widget reopened with resume after a redirect-mode flow', () => {
  /** This tab left for the provider; the API answers the flow's result with `result`. */
  async function resumed(result: unknown, oauthChunkFailures = 0) {
    const storage = memoryStorage();
    savePendingFlow(storage, { flowId: 'f'.repeat(32), providerConfigKey: 'demo-oauth2', startedAt: Date.now() });
    const fetch = vi.fn<typeof globalThis.fetch>(async (url) =>
      String(url).endsWith(`/oauth/redirect/${'f'.repeat(32)}`) ? new Response(JSON.stringify({ data: result })) : new Response('{"error":{"code":"not_found"}}', { status: 404 }),
    );
    const widget = await setup({ storage, fetch }, { query: '&resume=true', oauthChunkFailures });
    await settleProbe();
    return { ...widget, storage };
  }

  it('shows the connection on its integration’s success screen and tells the host once', async () => {
    const { model, events, storage } = await resumed({ message_type: 'success', provider_config_key: 'demo-oauth2', connection_id: 'c-1', is_pending: false });
    expect(model.machine.screen.value).toMatchObject({ name: 'success', target: { integration: { unique_key: 'demo-oauth2' } } });
    expect(events.filter((event) => event.type === 'connect')).toEqual([{ type: 'connect', payload: { providerConfigKey: 'demo-oauth2', connectionId: 'c-1', isPending: false } }]);
    expect(storage.items.size).toBe(0); // consumed: a reload cannot report it twice
  });

  it('shows the provider’s refusal on the integration’s failure screen, with one error event', async () => {
    const { model, events } = await resumed({ message_type: 'error', error_type: 'callback_err', error_desc: 'Denied by user' });
    expect(model.machine.screen.value).toMatchObject({ name: 'failure', step: 'submit', failure: { errorType: 'connection_validation_failed', code: 'callback_err' } });
    expect(events.filter((event) => event.type === 'error')).toMatchObject([{ payload: { errorType: 'connection_validation_failed', errorCode: 'callback_err' } }]);
  });

  it('says so when the OAuth code cannot load, and Try again resumes the flow', async () => {
    const { model, events, storage } = await resumed({ message_type: 'success', provider_config_key: 'demo-oauth2', connection_id: 'c-1', is_pending: false }, 1);
    expect(model.machine.screen.value).toMatchObject({ name: 'failure', step: 'load', failure: { errorType: 'network_error' } });
    expect(storage.items.size).toBe(1); // not consumed: the outcome still waits for this tab

    model.machine.retry();
    for (let round = 0; round < 50 && model.machine.screen.value.name !== 'success'; round += 1) await vi.advanceTimersByTimeAsync(0);
    expect(model.machine.screen.value).toMatchObject({ name: 'success', target: { integration: { unique_key: 'demo-oauth2' } } });
    expect(events.filter((event) => event.type === 'connect')).toHaveLength(1);
    expect(storage.items.size).toBe(0);
  });
});
