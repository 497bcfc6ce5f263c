import { endpointUrl } from '../api/endpoint-url';
import type { Screen } from '../machine/screen';

/** The step events of Nango's Connect UI, which a Nango server records for its dashboard. */
export type TelemetryEvent =
  | 'open'
  | 'view:list'
  | 'view:integration'
  | 'view:unknown_error'
  | 'view:credentials_error'
  | 'view:success'
  | 'click:integration'
  | 'click:doc'
  | 'click:doc_section'
  | 'click:connect'
  | 'click:close'
  | 'click:finish'
  | 'click:outside'
  | 'popup:blocked_by_browser'
  | 'popup:closed_early';

/** Sends one beacon; `integration` is the integration's key, the only dimension there is. */
export type Track = (event: TelemetryEvent, integration?: string) => void;

export interface TelemetryOptions {
  apiURL: string;
  token: () => string | null;
  /** Off with the SDK's `telemetry: false` (`?telemetry=false`), and always in the dashboard preview. */
  isEnabled: boolean;
}

/**
 * Beacons as Nango's UI sends them: `POST {apiURL}/connect/telemetry` with
 * `{ token, event, timestamp, dimensions?: { integration } }`, the token in the body. Sent with
 * `fetch(…, { keepalive: true })`, which outlives the frame as `sendBeacon` does and, unlike it,
 * can send the JSON content type a Nango server requires. Nothing the user typed is ever in
 * one; a failed beacon is dropped silently.
 */
export function createTelemetry({ apiURL, token, isEnabled }: TelemetryOptions): Track {
  const url = endpointUrl(apiURL, '/connect/telemetry');
  return (event, integration) => {
    const current = token();
    if (!isEnabled || !current) return;
    const body = { token: current, event, timestamp: new Date().toISOString(), ...(integration ? { dimensions: { integration } } : {}) };
    const request = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), keepalive: true, credentials: 'omit' } as const;
    fetch(url, request).catch(() => {});
  };
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
