import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { resolveInside, serveFile } from '../../src/server/static/serve-file';

export interface HostServerOptions {
  host: string;
  port: number;
  /** Origins the page may frame (the widget, a third-party frame). */
  frameOrigins: string[];
  /** Origins the page may fetch from and open WebSockets to besides its own (the API, for the headless client). */
  connectOrigins?: string[];
}

const mounts: Record<string, string> = {
  '/pages/': resolve('e2e/pages'),
  '/sdk/': resolve('dist/sdk'),
  // Nango's real frontend SDK, for the drop-in tests only.
  '/nango/': resolve('node_modules/@nangohq/frontend/dist'),
};

/**
 * A customer's page for the tests: it loads our SDK (or Nango's) under a strict CSP of its own,
 * with no inline script or style, as the README tells hosts they can.
 */
export async function startHostServer({ host, port, frameOrigins, connectOrigins = [] }: HostServerOptions) {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `frame-src ${frameOrigins.join(' ')}`,
    ["connect-src 'self'", ...connectOrigins].join(' '),
  ].join('; ');
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    const prefix = Object.keys(mounts).find((mount) => path.startsWith(mount));
    const file = prefix ? resolveInside(mounts[prefix], path.slice(prefix.length)) : null;
    void serveFile(res, file, { 'content-security-policy': csp, 'cache-control': 'no-store' });
  });
  await new Promise<void>((done) => server.listen(port, host, done));
  return {
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
