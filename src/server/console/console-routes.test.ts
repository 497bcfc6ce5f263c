import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleRoutes } from './console-routes';

let root: string;
let app: Hono;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'plugboard-console-'));
  mkdirSync(join(root, 'dist', 'assets'), { recursive: true });
  writeFileSync(join(root, 'dist', 'index.html'), '<!doctype html><title>console</title>');
  writeFileSync(join(root, 'dist', 'assets', 'main-abc.js'), 'export {};');
  writeFileSync(join(root, 'secret.txt'), 'nope');
  app = new Hono().route('/console', consoleRoutes({ connectUiUrl: 'http://127.0.0.1:3009/', distDir: join(root, 'dist') }));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('consoleRoutes', () => {
  it('serves the page under a strict CSP that frames only the widget origin', async () => {
    const res = await app.request('/console/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain('frame-src http://127.0.0.1:3009;');
    expect(csp).not.toContain('unsafe');
  });

  it('redirects /console to /console/ so relative assets resolve, and caches hashed assets for good', async () => {
    const redirect = await app.request('/console');
    expect([redirect.status, redirect.headers.get('location')]).toEqual([308, '/console/']);
    const asset = await app.request('/console/assets/main-abc.js');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('never serves a file outside the build', async () => {
    for (const path of ['/console/..%2Fsecret.txt', '/console/assets/..%2F..%2Fsecret.txt', '/console/%2e%2e/secret.txt', '/console/..%5Csecret.txt']) {
      const res = await app.request(path);
      expect([path, res.status]).toEqual([path, 404]);
      expect(await res.text()).not.toContain('nope');
    }
    expect((await app.request('/console/assets/missing.js')).status).toBe(404);
    // The same route does serve what is inside the build: the 404s above are refusals, not a dead route.
    expect((await app.request('/console/assets/main-abc.js')).status).toBe(200);
  });

  it('says how to build when the console is not built', async () => {
    const unbuilt = new Hono().route('/console', consoleRoutes({ connectUiUrl: 'http://ui.test/', distDir: join(root, 'none') }));
    const res = await unbuilt.request('/console/');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('npm run build');
  });
});
