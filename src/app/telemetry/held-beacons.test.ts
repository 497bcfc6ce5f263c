import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTelemetry } from './telemetry';

// Beacons are not what the user waits for: until the first screen after the loader is painted,
// they wait, so the session and integrations requests have the network and the thread alone.

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const token = () => 'nango_connect_session_x';
const apiURL = 'https://api.example.com';

function stubFetch() {
  const answers: Array<() => void> = [];
  const fetch = vi.fn((_url: string, _init: RequestInit) => new Promise<Response>((resolve) => answers.push(() => resolve(new Response(null, { status: 204 })))));
  vi.stubGlobal('fetch', fetch);
  const bodies = () => fetch.mock.calls.map(([, init]) => JSON.parse(String(init.body)) as { event: string; timestamp: string });
  return { fetch, events: () => bodies().map(({ event }) => event), bodies, answer: (index: number) => answers[index]?.() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('held beacons', () => {
  it('leave once released, stamped when each step happened: the first alone, then the rest in order', async () => {
    const sent = stubFetch();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const { track } = createTelemetry({ apiURL, token, isEnabled: true, held });
    vi.useFakeTimers({ now: new Date('2026-12-03T10:00:00.000Z'), toFake: ['Date'] });
    track('open');
    vi.setSystemTime(new Date('2026-12-03T10:00:01.000Z'));
    track('view:list');
    vi.useRealTimers();
    await settle();
    expect(sent.fetch).not.toHaveBeenCalled();
    release();
    await settle();
    expect(sent.events()).toEqual(['open']); // its answer lets the next ones reuse its CORS preflight
    track('click:integration', 'github');
    sent.answer(0);
    await settle();
    expect(sent.bodies().map(({ event, timestamp }) => `${event} ${timestamp.slice(0, 19)}`)).toEqual([
      'open 2026-12-03T10:00:00',
      'view:list 2026-12-03T10:00:01',
      expect.stringMatching(/^click:integration /),
    ]);
    track('click:close');
    expect(sent.events().at(-1)).toBe('click:close');
  });

  it('all leave at once, in order, when the widget closes while they wait', async () => {
    const sent = stubFetch();
    const { track, sendNow } = createTelemetry({ apiURL, token, isEnabled: true, held: new Promise<void>(() => {}) });
    track('open');
    track('click:close');
    await settle();
    expect(sent.fetch).not.toHaveBeenCalled();
    sendNow();
    expect(sent.events()).toEqual(['open', 'click:close']);
    // The host removes the frame a task later: each request outlives it.
    expect(sent.fetch.mock.calls.map(([, init]) => init.keepalive)).toEqual([true, true]);
  });

  it('leave at once when nothing holds them', () => {
    const sent = stubFetch();
    createTelemetry({ apiURL, token, isEnabled: true }).track('open');
    expect(sent.events()).toEqual(['open']);
  });
});
