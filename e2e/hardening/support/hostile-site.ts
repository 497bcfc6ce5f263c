import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { resolveInside, serveFile } from '../../../src/server/static/serve-file';
import { freePort } from '../../support/ports';

export interface HostileSite {
  /** e.g. `http://127.0.0.3:41234`: neither the host's site nor the widget's. */
  url: string;
  close: () => Promise<void>;
}

const pagesDir = resolve('e2e/hardening/pages');

/**
 * An attacker's site serving `e2e/hardening/pages` under `/hardening/`, on a loopback address of
 * its own. A real server rather than `page.route()`: Chromium treats a routed page as public and
 * would refuse, by Local Network Access, to let it frame pages on loopback. No CSP: an attacker
 * restricts nothing.
 */
export async function startHostileSite(host: string): Promise<HostileSite> {
  const port = await freePort(host);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://hostile').pathname;
    const file = path.startsWith('/hardening/') ? resolveInside(pagesDir, path.slice('/hardening/'.length)) : null;
    void serveFile(res, file, { 'cache-control': 'no-store' });
  });
  await new Promise<void>((done) => server.listen(port, host, done));
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/** What an attacker's page recorded, as `{ origin, data }` per message. */
export interface Received {
  origin: string;
  data: unknown;
}

declare global {
  interface Window {
    received?: Received[];
  }
}
