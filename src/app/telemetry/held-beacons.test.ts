import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTelemetry } from './telemetry';

// Beacons are not what the user waits for: until the first screen after the loader is painted,
// they wait, so the session and integrations requests have the network and the thread alone.

afterEach(() => vi.unstubAllGlobals());

function sentEvents() {
  const fetch = vi.fn((_url: string, _init: RequestInit) => Promise.resolve(new Response(null, { status: 204 })));
  vi.stubGlobal('fetch', fetch);
  return { fetch, events: () => fetch.mock.calls.map(([, init]) => (JSON.parse(String(init.body)) as { event: string; timestamp: string })) };
}

describe('held beacons', () => {
  it('leave only once released, in the order of the steps, stamped when each step happened', async () => {
    const sent = sentEvents();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const track = createTelemetry({ apiURL: 'https://api.example.com', token: () => 'nango_connect_session_x', isEnabled: true, held });
    vi.useFakeTimers({ now: new Date('2026-12-03T10:00:00.000Z'), toFake: ['Date'] });
    track('open');
    vi.setSystemTime(new Date('2026-12-03T10:00:01.000Z'));
    track('view:list');
    vi.useRealTimers();
    await Promise.resolve();
    expect(sent.fetch).not.toHaveBeenCalled();
    release();
    await held;
    await Promise.resolve();
    expect(sent.events().map(({ event, timestamp }) => `${event} ${timestamp}`)).toEqual([
      'open 2026-12-03T10:00:00.000Z',
      'view:list 2026-12-03T10:00:01.000Z',
    ]);
    track('click:close');
    expect(sent.events().map(({ event }) => event)).toEqual(['open', 'view:list', 'click:close']);
  });

  it('leave at once when nothing holds them', () => {
    const sent = sentEvents();
    createTelemetry({ apiURL: 'https://api.example.com', token: () => 'nango_connect_session_x', isEnabled: true })('open');
    expect(sent.events().map(({ event }) => event)).toEqual(['open']);
  });
});
