import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { Hono } from 'hono';
import { distPaths } from '../paths';
import { resolveInside } from '../static/serve-file';
import { consoleCsp } from './console-csp';

export interface ConsoleRoutesOptions {
  /** Public URL of the widget: the only origin the console may frame. */
  connectUiUrl: string;
  /** The built console (`npm run build` writes `dist/console`). */
  distDir?: string;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

/** Serves the console under `/console/` on the API's origin, so it calls the API without CORS. */
export function consoleRoutes({ connectUiUrl, distDir = distPaths.console }: ConsoleRoutesOptions) {
  const root = resolve(distDir);
  const csp = consoleCsp(connectUiUrl);
  const app = new Hono();

  // Relative asset URLs (base './') need the trailing slash.
  app.get('/', (c) => c.redirect(`${c.req.path}/`, 308));
  app.get('/*', (c) => serve(root, c.req.path.replace(/^.*?\/console\//, ''), csp));
  return app;
}

async function serve(root: string, path: string, csp: string): Promise<Response> {
  const relativePath = path || 'index.html';
  const file = resolveInside(root, `/${relativePath}`);
  const body = file ? await readFile(file).catch(() => null) : null;
  const headers = { 'content-security-policy': csp, 'x-content-type-options': 'nosniff' };
  if (!file || !body) {
    const text = relativePath === 'index.html' ? 'The console is not built yet: run `npm run build`.' : 'Not found';
    return new Response(text, { status: 404, headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' } });
  }
  const isAsset = relativePath.startsWith('assets/');
  return new Response(body, {
    headers: {
      ...headers,
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'cache-control': isAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
    },
  });
}
