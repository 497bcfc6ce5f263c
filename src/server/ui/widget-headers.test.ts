import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { widgetCsp } from './csp';
import { startUiServer, type RunningUiServer } from './server';
import { netlifyHeaders, nginxHeaders } from './widget-headers';

const policy = {
  apiUrl: ['https://api.customer.example', 'https://nango.customer.example/prefix'],
  frameAncestors: 'https://app.customer.example',
  imageOrigins: ['https://logos.customer.example'],
};

/** `_headers` rules as path pattern → headers (lower-case names). */
function parseNetlify(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> = {};
  for (const line of text.split('\n').filter(Boolean)) {
    if (!line.startsWith(' ')) rules.set(line, (current = {}));
    else {
      const [name = '', ...value] = line.trim().split(': ');
      current[name.toLowerCase()] = value.join(': ');
    }
  }
  return rules;
}

/** The nginx snippet's `add_header`s, outside and inside the assets' location block. */
function parseNginx(text: string): { pages: Record<string, string>; assets: Record<string, string> } {
  const pages: Record<string, string> = {};
  const assets: Record<string, string> = {};
  let target = pages;
  for (const line of text.split('\n')) {
    if (line.startsWith('location /assets/')) target = assets;
    const match = /add_header (\S+) "(.*)" always;/.exec(line);
    if (match?.[1] && match[2] !== undefined) target[match[1]] = match[2];
  }
  return { pages, assets };
}

const served = ['content-security-policy', 'referrer-policy', 'cross-origin-opener-policy', 'x-content-type-options', 'cache-control'];
const pick = (headers: Headers) => Object.fromEntries(served.map((name) => [name, headers.get(name) ?? '']));

let dist: string;
let ui: RunningUiServer;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'plugboard-headers-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html>');
  writeFileSync(join(dist, 'assets', 'index-abc.js'), 'export {};');
  ui = await startUiServer({ port: 0, distDir: dist, log: () => {}, ...policy });
});

afterAll(async () => {
  await ui.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('the widget headers for static hosts', () => {
  it('the `_headers` file carries exactly the headers the Node server sends, for pages and for hashed assets', async () => {
    const rules = parseNetlify(netlifyHeaders(policy));
    const page = pick((await fetch(ui.url)).headers);
    const asset = pick((await fetch(`${ui.url}assets/index-abc.js`)).headers);
    expect(rules.get('/*')).toEqual(page);
    // Later rules win on Netlify and Cloudflare Pages: an asset gets both, the cache header overridden.
    expect({ ...rules.get('/*'), ...rules.get('/assets/*') }).toEqual(asset);
  });

  it('the nginx snippet carries exactly the headers the Node server sends', async () => {
    const { pages, assets } = parseNginx(nginxHeaders(policy));
    expect(pages).toEqual(pick((await fetch(ui.url)).headers));
    expect(assets).toEqual(pick((await fetch(`${ui.url}assets/index-abc.js`)).headers));
  });

  it('serves the deployment configuration the widget checks apiURL against, from the same settings', async () => {
    const response = await fetch(`${ui.url}config.json`);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.json()).toEqual({ apiURLs: policy.apiUrl, imageOrigins: policy.imageOrigins });
  });
});

describe('the widget CSP', () => {
  const directive = (csp: string, name: string) => csp.split('; ').find((part) => part.startsWith(`${name} `))?.split(' ').slice(1);

  it('lets logos load from every API and the configured image origins, and nothing inline or data:', () => {
    const csp = widgetCsp(policy);
    expect(directive(csp, 'img-src')?.sort()).toEqual(["'self'", 'https://api.customer.example', 'https://logos.customer.example', 'https://nango.customer.example'].sort());
    expect(directive(csp, 'connect-src')?.sort()).toEqual(
      ["'self'", 'https://api.customer.example', 'wss://api.customer.example', 'https://nango.customer.example', 'wss://nango.customer.example'].sort(),
    );
  });

  it("allows Nango Cloud's logo host by default, beside the API", () => {
    const csp = widgetCsp({ apiUrl: 'https://api.nango.dev', frameAncestors: '*' });
    expect(directive(csp, 'img-src')).toEqual(["'self'", 'https://api.nango.dev', 'https://app.nango.dev']);
  });
});
