import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { resolveInside, serveFile } from '../static/serve-file';
import { embedDeploymentConfig } from './index-page';
import { deploymentFile, widgetHeaders } from './widget-headers';

export interface UiServerOptions {
  port: number;
  host?: string;
  /** The built widget (`dist/ui`). */
  distDir: string;
  /**
   * The API(s) the widget may talk to, the first being the default; embedded in `index.html` and
   * also served as `/config.json`.
   */
  apiUrl: string | readonly string[];
  /** See `widgetCsp`; default `*`, or env PLUGBOARD_FRAME_ANCESTORS. */
  frameAncestors?: string;
  /** Further origins logos may load from (see `widgetCsp`). */
  imageOrigins?: readonly string[];
  log?: (line: string) => void;
}

export interface RunningUiServer {
  url: string;
  close: () => Promise<void>;
}

/** Serves the built widget under its strict CSP. */
export async function startUiServer(options: UiServerOptions): Promise<RunningUiServer> {
  const root = resolve(options.distDir);
  const policy = {
    apiUrl: options.apiUrl,
    frameAncestors: options.frameAncestors ?? process.env.PLUGBOARD_FRAME_ANCESTORS ?? '*',
    ...(options.imageOrigins ? { imageOrigins: options.imageOrigins } : {}),
  };
  // The deployment configuration the widget checks every `apiURL` against, from the same settings as the CSP.
  const configJson = JSON.stringify(deploymentFile(policy));
  const index = join(root, 'index.html');
  const server = createServer((req, res) => void handle(req, res));

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = new URL(req.url ?? '/', 'http://ui').pathname;
    const isAsset = path.startsWith('/assets/');
    const headers = widgetHeaders(policy, isAsset);
    if (path === '/config.json') {
      res.writeHead(200, { ...headers, 'content-type': 'application/json; charset=utf-8' }).end(configJson);
      options.log?.(`ui ${req.method} ${path} 200`);
      return;
    }
    const file = path.endsWith('/') ? index : resolveInside(root, path);
    const found = file === index ? await serveIndex(res, headers) : await serveFile(res, file, headers);
    options.log?.(`ui ${req.method} ${path} ${found ? 200 : 404}`);
  }

  /** `index.html` with the configuration in it, read on each request so a rebuild is served at once. */
  async function serveIndex(res: ServerResponse, headers: Record<string, string>): Promise<boolean> {
    const html = await readFile(index, 'utf8').catch(() => null);
    if (html === null) return serveFile(res, null, headers);
    const page = embedDeploymentConfig(html, configJson);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(Buffer.byteLength(page)), ...headers }).end(page);
    return true;
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
