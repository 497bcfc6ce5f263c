import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { resolveInside, serveFile } from '../../src/server/static/serve-file';
import { freePort } from './ports';

export interface StaticWidgetHost {
  /** e.g. `http://127.0.0.1:41234/` */
  url: string;
  /** What `/config.json` answers from now on; null: 404, as a deploy that wrote none. */
  setConfig: (config: unknown) => void;
  close: () => Promise<void>;
}

/**
 * A built widget (`root`, default dist/ui) on a plain static host (a CDN bucket): its files and a
 * deploy-time `config.json`, and no headers at all, so no CSP stands between the widget and any origin.
 */
export async function startStaticWidgetHost(root = resolve('dist/ui')): Promise<StaticWidgetHost> {
  const port = await freePort();
  let config: unknown = null;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://cdn').pathname;
    if (path === '/config.json') {
      if (config === null) res.writeHead(404).end();
      else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(config));
      return;
    }
    void serveFile(res, path.endsWith('/') ? join(root, 'index.html') : resolveInside(root, path));
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${port}/`,
    setConfig: (next) => void (config = next),
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

export interface RecordingServer {
  url: string;
  /** Every request it received, as `METHOD /path`. */
  received: string[];
  close: () => Promise<void>;
}

/** An attacker's "API": it answers everything (CORS included) and records what reached it. */
export async function startRecordingServer(host: string): Promise<RecordingServer> {
  const port = await freePort(host);
  const received: string[] = [];
  const server = createServer((req, res) => {
    received.push(`${req.method} ${req.url}`);
    res.writeHead(200, {
      'access-control-allow-origin': '*',
      'access-control-allow-headers': '*',
      'access-control-allow-methods': '*',
      'content-type': 'application/json',
    });
    res.end('{"data":[]}');
  });
  await new Promise<void>((done) => server.listen(port, host, done));
  return {
    url: `http://${host}:${port}`,
    received,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
