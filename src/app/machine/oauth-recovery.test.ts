import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ack, run, setup, success } from '../../../test/app/oauth-harness';
import { ScriptedSocket } from '../../../test/app/oauth-doubles';

// Every way the OAuth flow can stall ends in a result or a way out (issue 5, "never hang").

beforeEach(() => {
  vi.useFakeTimers();
  ScriptedSocket.instances = [];
});
afterEach(() => vi.useRealTimers());

describe('a closed popup', () => {
  it('tells the host window_closed once, after the grace period, and offers to reopen', async () => {
    const { model, browser, reported } = await setup();
    const outcome = run(model);
    ScriptedSocket.latest().send(ack);
    (browser.popups[0] ?? { closed: false }).closed = true;
    await vi.advanceTimersByTimeAsync(1_500);
    expect(reported).toEqual([]);
    await vi.advanceTimersByTimeAsync(600);
    expect(model.phase.value).toBe('closed');
    expect(reported).toMatchObject([{ errorType: 'window_closed', code: 'window_closed' }]);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(reported).toHaveLength(1);
    expect(outcome.result).toBeNull();

    model.reopen(); // the same flow, in a new window
    expect(browser.popups[1]?.navigations).toEqual([expect.stringContaining('ws_client_id=ws-1')]);
    expect(model.phase.value).toBe('waiting');
  });

  it('still succeeds when the popup only looked closed (a provider page with COOP severs our handle)', async () => {
    const { model, browser } = await setup();
    const outcome = run(model);
    ScriptedSocket.latest().send(ack);
    (browser.popups[0] ?? { closed: false }).closed = true;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(model.phase.value).toBe('closed');
    ScriptedSocket.latest().send(success);
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome.result?.ok).toBe(true);
    expect(model.phase.value).toBe('done');
  });

  it('still succeeds when the result lands just after the callback page closed itself', async () => {
    const { model, browser, reported } = await setup();
    const outcome = run(model);
    ScriptedSocket.latest().send(ack);
    (browser.popups[0] ?? { closed: false }).closed = true;
    await vi.advanceTimersByTimeAsync(1_000);
    ScriptedSocket.latest().send(success);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(outcome.result?.ok).toBe(true);
    expect(reported).toEqual([]);
  });

  it('offers to reopen without telling the host when the host turned detection off', async () => {
    const { model, browser, reported } = await setup({ detectClosedWindow: false });
    const outcome = run(model);
    ScriptedSocket.latest().send(ack);
    (browser.popups[0] ?? { closed: false }).closed = true;
    await vi.advanceTimersByTimeAsync(3_000);
    expect(outcome.result).toBeNull();
    expect(model.phase.value).toBe('slow');
    expect(reported).toEqual([]);
  });

  it('ends cleanly when the user gives up on a closed window', async () => {
    const { model, browser, reported } = await setup();
    const outcome = run(model);
    (browser.popups[0] ?? { closed: false }).closed = true; // closed while still blank
    await vi.advanceTimersByTimeAsync(2_000);
    model.cancel();
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome.result).toMatchObject({ ok: false, failure: { isCancelled: true } });
    expect(reported).toHaveLength(1);
    expect(ScriptedSocket.latest().isClosed).toBe(true);
  });
});

describe('a long wait', () => {
  it('turns slow after the timeout, and reopening continues the same flow in a new window', async () => {
    const { model, browser } = await setup({ slowAfterMs: 60_000 });
    const outcome = run(model);
    ScriptedSocket.latest().send(ack);
    await vi.advanceTimersByTimeAsync(59_000);
    expect(model.isSlow.value).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(model.isSlow.value).toBe(true);
    model.reopen();
    expect(browser.popups[0]?.closed).toBe(true);
    expect(browser.popups[1]?.navigations).toEqual(browser.popups[0]?.navigations);
    expect(model.phase.value).toBe('waiting');
    expect(ScriptedSocket.instances).toHaveLength(1);
    ScriptedSocket.latest().send(success);
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome.result?.ok).toBe(true);
  });

  it('can be cancelled: a cancelled result, popup and socket closed, back to idle', async () => {
    const { model, browser, reported } = await setup();
    const outcome = run(model);
    ScriptedSocket.latest().send(ack);
    model.cancel();
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome.result).toMatchObject({ ok: false, failure: { isCancelled: true } });
    expect(model.phase.value).toBe('idle');
    expect(browser.popups[0]?.closed).toBe(true);
    expect(ScriptedSocket.latest().isClosed).toBe(true);
    expect(reported).toEqual([]);
  });

  it('is cancelled when the user stops waiting (the slow notice’s Cancel), and the popup and socket close', async () => {
    const { model, browser } = await setup();
    const outcome = run(model);
    ScriptedSocket.latest().send(ack);
    model.machine.pending.cancel();
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome.result).toMatchObject({ ok: false, failure: { isCancelled: true } });
    expect(model.phase.value).toBe('idle');
    expect(browser.popups[0]?.closed).toBe(true);
    expect(ScriptedSocket.latest().isClosed).toBe(true);
  });

  it('is cancelled when the user leaves the form (Back), and the form was kept from sending twice', async () => {
    const { model, browser } = await setup();
    run(model);
    run(model); // a second click while the sign-in runs opens nothing more
    expect(browser.opened).toHaveLength(1);
    expect(ScriptedSocket.instances).toHaveLength(1);
    model.machine.escape(); // asks first: the form holds what the user typed
    expect(model.machine.confirmLeave.value).toBe('close');
    model.machine.confirm();
    await vi.advanceTimersByTimeAsync(0);
    expect(browser.popups[0]?.closed).toBe(true);
    expect(ScriptedSocket.latest().isClosed).toBe(true);
  });
});

describe('a lost WebSocket', () => {
  it('is replaced once before the ack (the popup is still blank, so a new id is harmless)', async () => {
    const { model, browser } = await setup();
    const outcome = run(model);
    ScriptedSocket.latest().drop();
    expect(ScriptedSocket.instances).toHaveLength(2);
    ScriptedSocket.latest().send({ ...ack, ws_client_id: 'ws-2' });
    expect(browser.popups[0]?.navigations).toEqual([expect.stringContaining('ws_client_id=ws-2')]);
    expect(outcome.result).toBeNull();
  });

  it('ends in a network error when it drops twice before the ack', async () => {
    const { model, browser } = await setup();
    const outcome = run(model);
    ScriptedSocket.latest().drop();
    ScriptedSocket.latest().drop();
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome.result).toMatchObject({ ok: false, failure: { errorType: 'network_error', code: 'websocket_lost' } });
    expect(browser.popups[0]?.closed).toBe(true);
  });

  it('ends in a network error at once after the ack: a new socket would never hear this flow’s result', async () => {
    const { model, browser } = await setup();
    const outcome = run(model);
    ScriptedSocket.latest().send(ack);
    ScriptedSocket.latest().drop();
    await vi.advanceTimersByTimeAsync(0);
    expect(ScriptedSocket.instances).toHaveLength(1);
    expect(outcome.result).toMatchObject({ ok: false, failure: { errorType: 'network_error' } });
    expect(browser.popups[0]?.closed).toBe(true);
  });

  it('counts a socket that never acknowledges as lost', async () => {
    const { model } = await setup({ ackTimeoutMs: 5_000 });
    const outcome = run(model);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(ScriptedSocket.instances).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(outcome.result).toMatchObject({ ok: false, failure: { errorType: 'network_error' } });
  });

  it('reports a socket the browser refuses to create (CSP, bad URL) the same way', async () => {
    class Refused {
      constructor() {
        throw new DOMException('refused', 'SecurityError');
      }
      addEventListener() {}
      close() {}
    }
    const { model } = await setup({ WebSocket: Refused });
    const outcome = run(model);
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome.result).toMatchObject({ ok: false, failure: { errorType: 'network_error' } });
  });
});
