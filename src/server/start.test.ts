import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSettings } from './settings';
import { startStack, type RunningStack } from './start';

// Behind a proxy the servers bind one address and the world sees others: the public URLs, not
// the bound ones, go into connect links, the OAuth callback, the widget's CSP and its config.json.

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const dataDir = mkdtempSync(join(tmpdir(), 'plugboard-start-'));
const secretKey = 'sk-start-test';
let stack: RunningStack;
let api: string;
let ui: string;
const printed: string[] = [];

beforeAll(async () => {
  const [apiPort, uiPort, demoPort] = await Promise.all([freePort(), freePort(), freePort()]);
  api = `http://127.0.0.1:${apiPort}`;
  ui = `http://127.0.0.1:${uiPort}`;
  const env = {
    PLUGBOARD_API_PORT: String(apiPort),
    PLUGBOARD_UI_PORT: String(uiPort),
    PLUGBOARD_DEMO_PORT: String(demoPort),
    PLUGBOARD_PUBLIC_API_URL: 'https://connect-api.customer.example',
    PLUGBOARD_PUBLIC_WIDGET_URL: 'https://connect.customer.example/widget',
    PLUGBOARD_DATA_DIR: dataDir,
    PLUGBOARD_SECRET_KEY: secretKey,
  };
  stack = await startStack(parseSettings(env, process.cwd()), (line) => printed.push(line));
}, 30_000);

afterAll(async () => {
  await stack?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the local stack behind public URLs', () => {
  it('builds connect links on the public widget URL', async () => {
    const response = await fetch(`${api}/connect/sessions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ end_user: { id: 'u1' } }),
    });
    const { data } = (await response.json()) as { data: { connect_link: string } };
    expect(data.connect_link).toMatch(/^https:\/\/connect\.customer\.example\/widget\/\?session_token=/);
  });

  it('gives providers the public API URL as the OAuth callback', async () => {
    const response = await fetch(`${api}/plugboard/environment`, { headers: { authorization: `Bearer ${secretKey}` } });
    expect(JSON.stringify(await response.json())).toContain('https://connect-api.customer.example/oauth/callback');
  });

  it('names the public API in the widget CSP and config.json', async () => {
    const page = await fetch(`${ui}/config.json`);
    expect(await page.json()).toMatchObject({ apiURLs: ['https://connect-api.customer.example'] });
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self' https://connect-api.customer.example wss://connect-api.customer.example");
  });

});

describe('what npm start prints', () => {
  it('names four URLs, as the README says: the demo app, the widget, the Connect API and the console', () => {
    const urls = printed.join('\n').split('\n').filter((line) => /^\s+\S.*\bhttps?:\/\//.test(line));
    expect(urls.map((line) => line.trim().split(/\s{2,}/)[0])).toEqual(['demo app', 'widget', 'Connect API', 'console']);
  });
});
