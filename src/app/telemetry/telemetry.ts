import { endpointUrl } from '../../client/early-get';
import type { Screen } from '../machine/screen';
import type { StepName } from '../../protocol/steps';

/**
 * The step events of Nango's Connect UI, which a Nango server records for its dashboard (all the
 * steps but Plugboard's own `search`, which only the host page receives).
 */
export type TelemetryEvent = Exclude<StepName, 'search'>;

/** Sends one beacon; `integration` is the integration's key, the only dimension there is. */
export type Track = (event: TelemetryEvent, integration?: string) => void;

export interface TelemetryOptions {
  apiURL: string;
  token: () => string | null;
  /** Off with the SDK's `telemetry: false` (`?telemetry=false`), and always in the dashboard preview. */
  isEnabled: boolean;
  /** Beacons wait for this (each stamped when its step happened), then leave in order, the first alone. */
  held?: Promise<void>;
}

/**
 * Beacons as Nango's UI sends them: `POST {apiURL}/connect/telemetry` with
 * `{ token, event, timestamp, dimensions?: { integration } }`, the token in the body. Sent with
 * `fetch(…, { keepalive: true })`, which outlives the frame as `sendBeacon` does and, unlike it,
 * can send the JSON content type a Nango server requires. Nothing the user typed is ever in
 * one; a failed beacon is dropped silently.
 */
export interface Telemetry {
  track: Track;
  /** Sends every waiting beacon at once, in order: the frame may be about to go. */
  sendNow: () => void;
}

export function createTelemetry({ apiURL, token, isEnabled, held }: TelemetryOptions): Telemetry {
  const url = endpointUrl(apiURL, '/connect/telemetry');
  let waiting: Array<() => Promise<void>> | null = held ? [] : null;
  const sendNow = () => {
    const queue = waiting ?? [];
    waiting = null;
    for (const send of queue) void send();
  };
  void held?.then(async () => {
    // The first alone: once it is answered the browser reuses its CORS preflight for the others.
    const first = waiting?.shift();
    if (first) await first();
    sendNow();
  });
  const track: Track = (event, integration) => {
    const current = token();
    if (!isEnabled || !current) return;
    const body = { token: current, event, timestamp: new Date().toISOString(), ...(integration ? { dimensions: { integration } } : {}) };
    const request = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), keepalive: true, credentials: 'omit' } as const;
    const send = () => fetch(url, request).then(() => {}, () => {});
    if (waiting) waiting.push(send);
    else void send();
  };
  return { track, sendNow };
}

/** The `view:` beacon a screen is worth, and the integration it is about. */
export function viewOf(screen: Screen): { event: TelemetryEvent; integration?: string } | null {
  switch (screen.name) {
    case 'list':
      return { event: 'view:list' };
    case 'form':
      return { event: 'view:integration', integration: screen.target.integration.unique_key };
    case 'success':
      return { event: 'view:success', integration: screen.target.integration.unique_key };
    case 'failure':
      if (screen.failure.isCancelled) return null; // the user stopped waiting: not an error
      return {
        event: screen.failure.errorType === 'connection_test_failed' ? 'view:credentials_error' : 'view:unknown_error',
        integration: screen.integration?.unique_key,
      };
    default:
      return null;
  }
}
