import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ack, run, settleProbe, setup, success } from '../../../test/app/oauth-harness';
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

  it('is used from the first click in an app’s web view', async () => {
    const { model, browser } = await setup({ isInAppBrowser: true }, { supportsRedirect: true });
    await settleProbe();
    run(model);
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
