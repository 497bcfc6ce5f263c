import type { Page, Route } from '@playwright/test';

/** A broken answer, as a proxy, a crashed server or a truncated response would give it. */
export interface Fault {
  name: string;
  status: number;
  body: string;
  contentType: string;
  /** The connection drops before any answer (a proxy or load balancer cutting it). */
  isReset?: boolean;
  /** What the host must receive in the `error` event. */
  errorType: 'server_error' | 'network_error';
}

export const faults: Fault[] = [
  { name: '500 with the error envelope', status: 500, body: '{"error":{"code":"server_error"}}', contentType: 'application/json', errorType: 'server_error' },
  {
    name: '502 with an HTML page',
    status: 502,
    body: '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><script>alert(1)</script></body></html>',
    contentType: 'text/html',
    errorType: 'server_error',
  },
  { name: '200 with malformed JSON', status: 200, body: '{"data": [{"unique_key": "a", ', contentType: 'application/json', errorType: 'server_error' },
  { name: '200 with an empty body', status: 200, body: '', contentType: 'application/json', errorType: 'server_error' },
  { name: 'the connection reset', status: 0, body: '', contentType: '', isReset: true, errorType: 'network_error' },
];

/** Answers the first GET of `url` with the fault; later calls reach the real server. */
export async function failOnce(page: Page, url: string, fault: Fault): Promise<void> {
  let isFirst = true;
  await page.route(url, async (route) => {
    if (route.request().method() !== 'GET' || !isFirst) return route.continue();
    isFirst = false;
    if (fault.isReset) return route.abort('connectionreset');
    await route.fulfill({ status: fault.status, body: fault.body, contentType: fault.contentType, headers: { 'access-control-allow-origin': '*' } });
  });
}

/**
 * Holds the first `method` request to `url` unanswered until `release()` (or until the browser
 * gives up on it); later requests reach the real server.
 */
export async function holdOnce(page: Page, url: string, method: 'GET' | 'POST'): Promise<{ release: () => void; wasHeld: () => boolean }> {
  let held: Route | null = null;
  let release = () => {};
  const released = new Promise<void>((done) => (release = done));
  await page.route(url, async (route) => {
    if (route.request().method() !== method || held) return route.continue();
    held = route;
    await released;
    // The widget has usually aborted it by now; answering an aborted request throws.
    await route.continue().catch(() => {});
  });
  return { release, wasHeld: () => held !== null };
}
