import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { resolveInside, serveFile } from '../static/serve-file';
import { widgetHeaders } from './csp';

export interface UiServerOptions {
  port: number;
  host?: string;
  /** The built widget (`dist/ui`). */
  distDir: string;
  apiUrl: string;
  /** See `widgetCsp`; default `*`, or env PLUGBOARD_FRAME_ANCESTORS. */
  frameAncestors?: string;
  /** Other hosts the API's logo URLs may point at (see `widgetHeaders`); default none. */
  logoOrigins?: readonly string[];
  log?: (line: string) => void;
}

export interface RunningUiServer {
  url: string;
  close: () => Promise<void>;
}

/** Serves the built widget under its strict CSP. */
export async function startUiServer(options: UiServerOptions): Promise<RunningUiServer> {
  const root = resolve(options.distDir);
  const headerOptions = {
    apiUrl: options.apiUrl,
    frameAncestors: options.frameAncestors ?? process.env.PLUGBOARD_FRAME_ANCESTORS ?? '*',
    logoOrigins: options.logoOrigins ?? [],
  };
  widgetHeaders(headerOptions, '/'); // a bad URL stops start-up here rather than on the first request
  const server = createServer((req, res) => void handle(req, res));

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = new URL(req.url ?? '/', 'http://ui').pathname;
    const file = path.endsWith('/') ? join(root, 'index.html') : resolveInside(root, path);
    const found = await serveFile(res, file, widgetHeaders(headerOptions, path));
    options.log?.(`ui ${req.method} ${path} ${found ? 200 : 404}`);
  }

  await new Promise<void>((done) => server.listen(options.port, options.host ?? '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}/`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
