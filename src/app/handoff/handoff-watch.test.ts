import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { networkFailure, type ApiFailure } from '../../client/failure';
import { parseSession, type Session } from '../../contract/connect';
import type { Result } from '../../client/failure';
import { sessionConnectionsOf, watchHandoff, type HandoffWatchOptions } from './handoff-watch';

const base: Session = { connectUISettings: null };
const connection = (id: string, createdAt = '2026-01-01T00:00:00.000Z') => ({ connection_id: id, provider_config_key: 'demo-oauth2', is_pending: false, created_at: createdAt });
const expired: ApiFailure = { errorType: 'session_expired', code: 'unknown_connect_session_token', message: '', status: 401, detail: null };

/** A session whose answers the test scripts, one per look; the last one repeats. */
function scripted(...answers: Array<Result<Session>>) {
  const signals: AbortSignal[] = [];
  let calls = 0;
  const getSession = vi.fn(async (signal: AbortSignal) => {
    signals.push(signal);
    calls++;
    return answers[Math.min(calls, answers.length) - 1] ?? { ok: true as const, value: base };
  });
  return { getSession, signals };
}
const withConnections = (...connections: Array<ReturnType<typeof connection>>): Result<Session> => ({ ok: true, value: { ...base, connections } });

function watch(getSession: HandoffWatchOptions['getSession'], options: Partial<HandoffWatchOptions> = {}) {
  const calls = { onConnected: vi.fn(), onUnsupported: vi.fn(), onSessionFailure: vi.fn(), onGaveUp: vi.fn() };
  const handle = watchHandoff({ getSession, intervalMs: 2000, maxPolls: 5, ...calls, ...options });
  return { handle, ...calls };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('watchHandoff', () => {
  it('reports the first connection made after it began, once, and looks no more', async () => {
    const { getSession } = scripted(withConnections(connection('earlier')), withConnections(connection('earlier')), withConnections(connection('earlier'), connection('phone')));
    const { onConnected, onGaveUp } = watch(getSession);
    await vi.advanceTimersByTimeAsync(0);
    expect(onConnected).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(4000);
    expect(onConnected).toHaveBeenCalledTimes(1);
    expect(onConnected).toHaveBeenCalledWith({ connectionId: 'phone', providerConfigKey: 'demo-oauth2', isPending: false, createdAt: '2026-01-01T00:00:00.000Z' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(getSession).toHaveBeenCalledTimes(3);
    expect(onGaveUp).not.toHaveBeenCalled();
  });

  it('counts the same connection made again (a reconnect) as new', async () => {
    const { getSession } = scripted(withConnections(connection('c1')), withConnections(connection('c1', '2026-01-01T00:05:00.000Z')));
    const { onConnected } = watch(getSession);
    await vi.advanceTimersByTimeAsync(2000);
    expect(onConnected).toHaveBeenCalledWith(expect.objectContaining({ connectionId: 'c1', createdAt: '2026-01-01T00:05:00.000Z' }));
  });

  it('gives up after its bounded number of looks', async () => {
    const { getSession } = scripted(withConnections());
    const { onGaveUp, onConnected } = watch(getSession);
    await vi.advanceTimersByTimeAsync(8000);
    expect(getSession).toHaveBeenCalledTimes(5);
    expect(onGaveUp).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(getSession).toHaveBeenCalledTimes(5);
    expect(onConnected).not.toHaveBeenCalled();
  });

  it('starting again from an earlier watch’s baseline, reports what came in between', async () => {
    const first = watch(scripted(withConnections(connection('earlier'))).getSession, { maxPolls: 1 });
    await vi.advanceTimersByTimeAsync(0);
    expect(first.onGaveUp).toHaveBeenCalledTimes(1);
    const again = watch(scripted(withConnections(connection('earlier'), connection('phone'))).getSession, { baseline: first.handle.baseline() });
    await vi.advanceTimersByTimeAsync(0);
    expect(again.onConnected).toHaveBeenCalledWith(expect.objectContaining({ connectionId: 'phone' }));
  });

  it('keeps looking through a failed look, counting it', async () => {
    const { getSession } = scripted(withConnections(), { ok: false, failure: networkFailure('offline') }, withConnections(connection('phone')));
    const { onConnected } = watch(getSession);
    await vi.advanceTimersByTimeAsync(4000);
    expect(onConnected).toHaveBeenCalledWith(expect.objectContaining({ connectionId: 'phone' }));
  });

  it('says so at once when the API does not list the session’s connections (a Nango server)', async () => {
    const { getSession } = scripted({ ok: true, value: base });
    const { onUnsupported } = watch(getSession);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(onUnsupported).toHaveBeenCalledTimes(1);
    expect(getSession).toHaveBeenCalledTimes(1);
  });

  it('stops on an expired session and reports it', async () => {
    const { getSession } = scripted(withConnections(), { ok: false, failure: expired });
    const { onSessionFailure } = watch(getSession);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(onSessionFailure).toHaveBeenCalledWith(expired);
    expect(getSession).toHaveBeenCalledTimes(2);
  });

  it('once stopped, cancels the look in flight and reports nothing', async () => {
    let answer: (result: Result<Session>) => void = () => {};
    const signals: AbortSignal[] = [];
    const getSession = vi.fn((signal: AbortSignal) => {
      signals.push(signal);
      return new Promise<Result<Session>>((resolve) => (answer = resolve));
    });
    const { handle, onConnected, onUnsupported } = watch(getSession);
    handle.stop();
    expect(signals[0]?.aborted).toBe(true);
    answer({ ok: true, value: base });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(onUnsupported).not.toHaveBeenCalled();
    expect(onConnected).not.toHaveBeenCalled();
    expect(getSession).toHaveBeenCalledTimes(1);
  });
});

describe('sessionConnectionsOf', () => {
  it('reads the reference API’s list and refuses anything else', () => {
    expect(sessionConnectionsOf({ ...base, connections: [connection('x')] })).toEqual([
      { connectionId: 'x', providerConfigKey: 'demo-oauth2', isPending: false, createdAt: '2026-01-01T00:00:00.000Z' },
    ]);
    expect(sessionConnectionsOf(base)).toBeNull();
    // A malformed list is dropped when the session is parsed, so the watch sees none.
    expect(sessionConnectionsOf(parseSession({ ...base, connections: [{ connection_id: '' }] }) ?? base)).toBeNull();
  });
});
