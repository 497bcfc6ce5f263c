import { createHash, randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { startUiServer } from '../../src/server/ui/server';
import { expect, test } from './support/fixtures';
import { startOwnApi, type OwnApi } from './support/own-api';

// The reference server keeps secrets off the disk and out of its logs, refuses wrong
// keys without an oracle, limits rate and body size, and sends security headers on every answer;
// the widget's server serves its build and nothing else.

let api: OwnApi;

test.beforeAll(async () => {
  api = await startOwnApi();
});

test.afterAll(async () => {
  await api.close();
});

/** Connects the demo API-key integration; returns what the server answered. */
async function connectApiKey(url: string, token: string, apiKey: string): Promise<Response> {
  return fetch(`${url}/api-auth/api-key/demo-api-key?connect_session_token=${token}&params[region]=eu`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ apiKey }),
  });
}

test('session tokens, API keys and OAuth client secrets never reach the disk in the clear', async () => {
  const token = await api.createSession();
  const apiKey = `test_${randomBytes(12).toString('hex')}`;
  expect((await connectApiKey(api.url, token, apiKey)).status).toBe(200);

  const disk = api.diskBytes();
  expect(disk.includes(token)).toBe(false);
  expect(disk.includes(token.slice('nango_connect_session_'.length))).toBe(false);
  expect(disk.includes(apiKey)).toBe(false);
  expect(disk.includes('plugboard-demo-secret')).toBe(false); // the demo OAuth app's client secret
  expect(disk.includes(api.secretKey)).toBe(false);
  // The session is there, under its hash only.
  expect(disk.includes(createHash('sha256').update(token).digest('hex'))).toBe(true);
});

test('webhook signing keys (generated and rotated) and integrations’ webhook secrets never reach the disk in the clear', async () => {
  const asAdmin = { authorization: `Bearer ${api.secretKey}`, 'content-type': 'application/json' };
  const environment = async () => (await (await fetch(`${api.url}/plugboard/environment`, { headers: asAdmin })).json()).data;
  const generated: string = (await environment()).webhook_signing_key;
  const rotate = await fetch(`${api.url}/environment/webhook-signing-key/rotate`, { method: 'POST', headers: asAdmin, body: '{}' });
  const rotated: string = (await rotate.json()).data.webhook_signing_key;
  const webhookSecret = `wh_${randomBytes(12).toString('hex')}`;
  const created = await fetch(`${api.url}/integrations`, {
    method: 'POST',
    headers: asAdmin,
    body: JSON.stringify({ provider: 'test-oauth2', unique_key: 'disk-scan', credentials: { type: 'OAUTH2', client_id: 'c', client_secret: 's', webhook_secret: webhookSecret } }),
  });
  expect(created.status).toBe(200);
  expect(generated).not.toBe(api.secretKey);
  expect((await environment()).webhook_signing_key).toBe(rotated);

  const disk = api.diskBytes();
  expect([disk.includes(generated), disk.includes(rotated), disk.includes(webhookSecret)]).toEqual([false, false, false]);
});

test('the credential encryption key lives in its own file, readable by its owner only', () => {
  const mode = statSync(join(api.dataDir, 'encryption.key')).mode & 0o777;
  expect(mode).toBe(0o600);
});

test('a wrong secret key is refused the same way whatever its length or how much of it matches', async () => {
  const { secretKey } = api;
  const wrongKeys = ['x', secretKey.slice(0, -1), `${secretKey}x`, `${secretKey.slice(0, -1)}${secretKey.endsWith('0') ? '1' : '0'}`, 'y'.repeat(secretKey.length)];
  const answers = await Promise.all(
    wrongKeys.map(async (key) => {
      const response = await fetch(`${api.url}/integrations`, { headers: { authorization: `Bearer ${key}` } });
      return { status: response.status, body: await response.text() };
    }),
  );
  expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
  expect(answers[0].status).toBe(401);
});

test('a connect session token, stolen or not, opens none of the secret-key routes', async () => {
  const token = await api.createSession();
  const asSession = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const attempts = await Promise.all([
    fetch(`${api.url}/connections`, { headers: asSession }),
    fetch(`${api.url}/connection/any?provider_config_key=demo-api-key`, { headers: asSession }),
    fetch(`${api.url}/integrations`, { method: 'POST', headers: asSession, body: JSON.stringify({ unique_key: 'x', provider: 'test-api-key' }) }),
    fetch(`${api.url}/plugboard/environment`, { headers: asSession }),
    fetch(`${api.url}/connect/sessions`, { method: 'POST', headers: asSession, body: JSON.stringify({ end_user: { id: 'x' } }) }),
  ]);
  expect(attempts.map((response) => response.status)).toEqual([401, 401, 401, 401, 401]);
});

test('a session token in a URL never reaches the server log', async () => {
  const token = await api.createSession();
  await connectApiKey(api.url, token, 'wrong-key');
  await fetch(`${api.url}/oauth/connect/demo-oauth2?connect_session_token=${token}`, { redirect: 'manual' });
  expect(api.logs.length).toBeGreaterThan(0);
  expect(api.logs.filter((line) => line.includes(token.slice(-64)))).toEqual([]);
});

/**
 * POSTs on a connection of its own (node:http, no agent): the server may close it after refusing
 * the body, and fetch's shared pool must not reuse it for later tests.
 */
function postOnOwnConnection(url: string, headers: Record<string, string>, chunks: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: 'POST', headers, agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    for (const chunk of chunks) request.write(chunk);
    request.end();
  });
}

test('a body over the limit is refused with 413, whether its length is announced or it is streamed', async () => {
  const headers = { authorization: `Bearer ${api.secretKey}`, 'content-type': 'application/json' };
  const big = JSON.stringify({ end_user: { id: 'x', display_name: 'a'.repeat(200 * 1024) } });
  const announced = await postOnOwnConnection(`${api.url}/connect/sessions`, { ...headers, 'content-length': String(Buffer.byteLength(big)) }, [big]);
  expect(announced).toBe(413);
  const streamed = await postOnOwnConnection(`${api.url}/connect/sessions`, { ...headers, 'transfer-encoding': 'chunked' }, Array.from({ length: 200 }, () => 'a'.repeat(1024)));
  expect(streamed).toBe(413);
});

test('every answer carries the security headers, and the server\'s own pages cannot be framed', async () => {
  const answers = await Promise.all([
    fetch(`${api.url}/integrations`, { headers: { authorization: `Bearer ${api.secretKey}` } }),
    fetch(`${api.url}/integrations`),
    fetch(`${api.url}/no-such-route`),
    fetch(`${api.url}/images/template-logos/test-api-key.svg`),
    fetch(`${api.url}/oauth/callback?state=forged&code=x`),
  ]);
  for (const response of answers) {
    const where = response.url;
    expect(response.headers.get('x-content-type-options'), where).toBe('nosniff');
    expect(response.headers.get('referrer-policy'), where).toMatch(/^(strict-origin|no-referrer)/);
    expect(response.headers.get('content-security-policy'), where).toContain("default-src 'none'");
    expect(response.headers.get('access-control-allow-credentials'), where).toBeNull();
  }
  const page = answers[4];
  expect(page.headers.get('content-type')).toContain('text/html');
  expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  expect(page.headers.get('content-security-policy')).not.toContain('unsafe-inline');
});

test.describe('with tight rate limits', () => {
  let limited: OwnApi;
  test.beforeAll(async () => {
    limited = await startOwnApi({ config: { rate_limit: { window_ms: 60_000, max_requests: 5 } } });
  });
  test.afterAll(async () => {
    await limited.close();
  });

  test('session creation and the auth routes answer 429 with Retry-After once a client exceeds its limit', async () => {
    const createSession = () =>
      fetch(`${limited.url}/connect/sessions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${limited.secretKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ end_user: { id: 'limited' } }),
      });
    const sessions = [];
    for (let i = 0; i < 6; i += 1) sessions.push(await createSession());
    expect(sessions.map((response) => response.status)).toEqual([201, 201, 201, 201, 201, 429]);
    const refused = sessions[5];
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: { code: 'too_many_request' } });

    const { data } = (await sessions[0].json()) as { data: { token: string } };
    const attempts = [];
    for (let i = 0; i < 6; i += 1) attempts.push((await connectApiKey(limited.url, data.token, `guess-${i}`)).status);
    expect(attempts).toEqual([400, 400, 400, 400, 400, 429]); // a key-guessing script is slowed down too
  });
});

test('the widget\'s server never serves a file outside its build, however the path is encoded', async () => {
  const ui = await startUiServer({ port: 0, distDir: 'dist/ui', apiUrl: api.url, log: () => {} });
  try {
    const base = ui.url.replace(/\/$/, '');
    const escapes = ['/../package.json', '/..%2fpackage.json', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2f..%2fpackage.json', '/..%5c..%5cpackage.json', '/%00'];
    const statuses = await Promise.all(
      // node:http, not fetch: fetch would normalise the dots away before sending.
      escapes.map((path) => new Promise<number>((resolve, reject) => {
        const request = httpRequest(`${base}${path}`, { agent: false }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        request.on('error', reject);
        request.end();
      })),
    );
    expect(statuses).toEqual(escapes.map(() => 404));
  } finally {
    await ui.close();
  }
});
