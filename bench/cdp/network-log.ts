import type { CdpParams, RawCdp } from './raw-cdp';

export interface LoggedRequest {
  url: string;
  /** `OPTIONS` for a CORS preflight. */
  method: string;
  /** `Document`, `Script`, `Stylesheet`, `Fetch`, `Image`, `Other` (preflights), … */
  type: string;
  /** When the request was sent, in ms since the epoch (the browser's wall clock). */
  sentAt: number;
  /** When its response had fully arrived, on the same clock. */
  finishedAt?: number;
}

export interface NetworkLog {
  requests: LoggedRequest[];
  stop: () => void;
}

export const text = (value: unknown) => (typeof value === 'string' ? value : '');
export const record = (value: unknown): CdpParams => (typeof value === 'object' && value !== null ? (value as CdpParams) : {});

/**
 * Logs the requests of the sessions `accepts` picks (the sessions need `Network.enable`).
 * Network events carry a monotonic `timestamp` in seconds; only `requestWillBeSent` adds the wall
 * clock, so a response's arrival is placed on the wall clock through its request.
 */
export function logRequests(raw: RawCdp, accepts: (params: CdpParams, sessionId: string | undefined) => boolean): NetworkLog {
  const requests: LoggedRequest[] = [];
  const byId = new Map<string, { request: LoggedRequest; timestamp: number }>();
  const stopSent = raw.on('Network.requestWillBeSent', (params, sessionId) => {
    if (!accepts(params, sessionId)) return;
    const { url, method } = record(params.request);
    const request = { url: text(url), method: text(method), type: text(params.type), sentAt: Number(params.wallTime) * 1000 };
    requests.push(request);
    byId.set(`${sessionId}:${text(params.requestId)}`, { request, timestamp: Number(params.timestamp) });
  });
  const stopFinished = raw.on('Network.loadingFinished', (params, sessionId) => {
    const sent = byId.get(`${sessionId}:${text(params.requestId)}`);
    if (sent) sent.request.finishedAt = sent.request.sentAt + (Number(params.timestamp) - sent.timestamp) * 1000;
  });
  return {
    requests,
    stop: () => {
      stopSent();
      stopFinished();
    },
  };
}
