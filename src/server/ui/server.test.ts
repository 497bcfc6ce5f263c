// @vitest-environment jsdom
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { widgetCsp } from './csp';
import { startUiServer, type RunningUiServer } from './server';

// The widget server hands the widget its deployment configuration inside index.html, so the
// widget needs no request for config.json before it may use its token. (jsdom: the page is parsed
// as a browser parses it.)

/** The head `npm run build` writes for a widget built without PLUGBOARD_API_URL. */
const builtIndex = [
  '<!doctype html>',
  '<html lang="en">',
  '  <head><link rel=preload href=config.json as=fetch crossorigin>',
  '    <meta charset="utf-8" />',
  '    <script type="module" crossorigin src="./assets/index-abc.js"></script>',
  '  </head>',
  '  <body><div id="app"></div></body>',
  '</html>',
].join('\n');

const hostile = 'https://api.customer.example/a"b\'c<d>e&amp;f$&$\'</script><script>alert(1)</script><!--';
const policies = {
  plain: { apiUrl: ['https://api.customer.example', 'https://nango.customer.example/prefix'], frameAncestors: 'https://app.customer.example', imageOrigins: ['https://logos.customer.example'] },
  hostile: { apiUrl: [hostile, 'https://nango.customer.example/"x"'], frameAncestors: '*', imageOrigins: ['https://logos.customer.example'] },
};

const servers = new Map<keyof typeof policies, RunningUiServer>();
let dist: string;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'plugboard-ui-server-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), builtIndex);
  writeFileSync(join(dist, 'assets', 'index-abc.js'), 'export {};');
  for (const [name, policy] of Object.entries(policies) as [keyof typeof policies, (typeof policies)[keyof typeof policies]][]) {
    servers.set(name, await startUiServer({ port: 0, distDir: dist, log: () => {}, ...policy }));
  }
});

afterAll(async () => {
  await Promise.all([...servers.values()].map((server) => server.close()));
  rmSync(dist, { recursive: true, force: true });
});

const urlOf = (name: keyof typeof policies) => servers.get(name)?.url ?? '';
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const embedded = (doc: Document) => [...doc.querySelectorAll('meta[name="plugboard-config"]')].map((meta) => JSON.parse(meta.getAttribute('content') ?? '') as unknown);

describe('index.html from the widget server', () => {
  it.each(['', 'index.html', 'nested/', '%69ndex.html'])('/%s carries the deployment configuration in a meta, in place of the preload of config.json', async (path) => {
    const response = await fetch(`${urlOf('plain')}${path}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    const doc = parse(html);
    expect(embedded(doc)).toEqual([{ apiURLs: policies.plain.apiUrl, imageOrigins: policies.plain.imageOrigins }]);
    expect(doc.querySelector('link[rel="preload"]')).toBeNull();
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(html)));
    // No longer cached than before, under the same policy: a meta with a name is neither script nor style.
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toBe(widgetCsp(policies.plain));
  });

  it('escapes what it embeds: hostile characters in the settings stay inside the attribute, as data', async () => {
    const html = await (await fetch(urlOf('hostile'))).text();
    const doc = parse(html);
    expect(embedded(doc)).toEqual([{ apiURLs: policies.hostile.apiUrl, imageOrigins: policies.hostile.imageOrigins }]);
    expect(doc.querySelectorAll('script')).toHaveLength(1); // the page's own, nothing injected
    expect(doc.querySelectorAll('meta')).toHaveLength(2);
    const tag = /<meta name=plugboard-config content="([^"]*)">/.exec(html)?.[1] ?? '';
    expect(tag).not.toMatch(/[<>"']/);
    expect(html).not.toContain('<script>alert(1)');
  });

  it('still serves config.json, the same configuration, for widgets that read it', async () => {
    const html = await (await fetch(urlOf('hostile'))).text();
    const response = await fetch(`${urlOf('hostile')}config.json`);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect([await response.json()]).toEqual(embedded(parse(html)));
  });

  it('serves other files as they are', async () => {
    expect(await (await fetch(`${urlOf('plain')}assets/index-abc.js`)).text()).toBe('export {};');
    expect((await fetch(`${urlOf('plain')}missing.html`)).status).toBe(404);
  });
});
