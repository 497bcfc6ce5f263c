import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiConfig } from './config';
import { loadProvidersYaml } from './providers/providers-yaml';
import { startReceiver } from './test/real-server';
import { createTestApi, type TestApi } from './test/test-deps';

// Nango's own catalogue, from the devDependency (test only; never imported at runtime).
const nango = loadProvidersYaml(join(dirname(createRequire(import.meta.url).resolve('@nangohq/providers/package.json')), 'providers.yaml')).providers;

let attacker: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  attacker = await startReceiver();
});
afterAll(() => attacker.close());

let api: TestApi;
let outgoing: string[];
afterEach(() => api.cleanup());

const secret = 'customer-client-secret';
const integrations: ApiConfig['integrations'] = [
  { unique_key: 'canvas', provider: 'canvas-lms', oauth_client_id: 'customer-app', oauth_client_secret: secret },
  { unique_key: 'canvas-pinned', provider: 'canvas-lms', oauth_client_id: 'customer-app', oauth_client_secret: secret, allowed_hosts: ['canvas.acme.edu', '*.instructure.com'] },
  { unique_key: 'zendesk', provider: 'zendesk', oauth_client_id: 'customer-app', oauth_client_secret: secret },
  { unique_key: 'auth0', provider: 'auth0-cc', allowed_hosts: ['*.auth0.com'] },
  { unique_key: 'auth0-open', provider: 'auth0-cc' },
  { unique_key: 'demo-api-key', provider: 'test-api-key' },
];

/**
 * The API with Nango's catalogue. Outgoing requests are recorded; `attacker.example` resolves to
 * the attacker's loopback server, `*.auth0.com` answers a client-credentials token.
 */
function startApi() {
  outgoing = [];
  api = createTestApi({
    config: { integrations },
    providers: nango,
    fetch: async (input, init) => {
      const url = new URL(String(input));
      outgoing.push(url.href);
      if (url.hostname === 'attacker.example') return fetch(new URL(url.pathname, attacker.url), init);
      if (url.hostname.endsWith('.auth0.com')) return Response.json({ access_token: 'at', token_type: 'Bearer', expires_in: 3600 });
      return new Response('unexpected host', { status: 502 });
    },
  });
}

/** The whole popup trip as an attacker would run it: connect, then the callback with a code. */
async function tryOAuth(integration: string, params: string): Promise<Response> {
  const token = await api.createSession({ end_user: { id: 'mallory' } });
  const start = await api.app.request(`/oauth/connect/${integration}?connect_session_token=${token}&${params}`);
  if (start.status !== 302) return start;
  const state = new URL(start.headers.get('location') ?? '').searchParams.get('state') ?? '';
  const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  await api.app.request(`/oauth/callback?state=${state}&code=stolen`, { headers: { cookie } });
  return start;
}

async function expectFieldRefused(res: Response, field: string, text: RegExp): Promise<void> {
  expect(res.status).toBe(400);
  const body = await res.text();
  expect(body).toContain(`params.${field}`);
  expect(body).toMatch(text);
}

describe("provider URLs built from the end user's parameters (Nango's catalogue)", () => {
  it('never lets canvas-lms params[hostname] send the client secret to the attacker, on an integration without pinned hosts', async () => {
    startApi();
    const res = await tryOAuth('canvas', 'params[hostname]=attacker.example');
    // Before the fix the callback POSTed client_id, client_secret and code to the attacker.
    expect(attacker.received.map((request) => request.body)).toEqual([]);
    expect(outgoing).toEqual([]);
    await expectFieldRefused(res, 'hostname', /does not allow connections to attacker\.example: it pins no hosts/);
    expect(res.headers.get('content-type')).toContain('text/html');
  });

  it('sends a pinned integration only to its pinned hosts, and its client secret only there', async () => {
    startApi();
    await expectFieldRefused(await tryOAuth('canvas-pinned', 'params[hostname]=attacker.example'), 'hostname', /allows only canvas\.acme\.edu, \*\.instructure\.com/);
    await expectFieldRefused(await tryOAuth('canvas-pinned', 'params[hostname]=instructure.com.attacker.example'), 'hostname', /does not allow/);
    const allowed = await tryOAuth('canvas-pinned', 'params[hostname]=acme.instructure.com');
    expect(allowed.status).toBe(302);
    expect(new URL(allowed.headers.get('location') ?? '').origin).toBe('https://acme.instructure.com');
    expect(outgoing).toEqual(['https://acme.instructure.com/login/oauth2/token']);
    expect(attacker.received).toEqual([]);
  });

  it.each([
    'attacker.example/',
    'attacker.example?',
    'attacker.example#',
    'x@attacker.example',
    'attacker.example:8443',
    'attacker.example%2F',
    ' attacker.example',
    'attacker.example\\x',
    'a\tb',
  ])('refuses a subdomain that would move the host boundary: %j', async (value) => {
    startApi();
    const res = await tryOAuth('zendesk', `params[subdomain]=${encodeURIComponent(value)}`);
    await expectFieldRefused(res, 'subdomain', /Zendesk Domain/);
    expect(outgoing).toEqual([]);
    expect(attacker.received).toEqual([]);
  });

  it('validates params against connection_config with a 400 naming the field: enum, format, required', async () => {
    startApi();
    const token = await api.createSession({ end_user: { id: 'u' } });
    const post = (query: string) => api.app.request(`/api-auth/api-key/demo-api-key?connect_session_token=${token}${query}`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"apiKey":"test_1"}',
    });
    await expectFieldRefused(await post('&params[region]=mars'), 'region', /Region\W+ must be one of us, eu, ap/);
    await expectFieldRefused(await post(''), 'region', /Region\W+ is required/);
    expect((await post('&params[region]=eu')).status).toBe(200);
    await expectFieldRefused(await tryOAuth('canvas-pinned', 'params[hostname]=https://canvas.acme.edu'), 'hostname', /Canvas Install URL\W+ must be a host name/);
    await expectFieldRefused(await tryOAuth('canvas-pinned', ''), 'hostname', /is required/);
  });

  it('fills an OAUTH2_CC token_url template (auth0-cc) and keeps it on the pinned hosts', async () => {
    startApi();
    const token = await api.createSession({ end_user: { id: 'u' } });
    const post = (key: string, host: string) => api.app.request(`/oauth2/auth/${key}?connect_session_token=${token}&params[hostname]=${host}&params[audience]=https://api.acme.test/`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"client_id":"id","client_secret":"users-own-secret"}',
    });
    expect((await post('auth0', 'acme.eu.auth0.com')).status).toBe(200);
    expect(outgoing).toEqual(['https://acme.eu.auth0.com/oauth/token']);
    await expectFieldRefused(await post('auth0', 'attacker.example'), 'hostname', /allows only \*\.auth0\.com/);
    await expectFieldRefused(await post('auth0-open', 'attacker.example'), 'hostname', /pins no hosts/);
    expect(outgoing).toHaveLength(1);
    expect(attacker.received).toEqual([]);
  });

  it('lets the connect session (the customer’s backend) choose the host without a pin', async () => {
    startApi();
    const token = await api.createSession({
      end_user: { id: 'u' },
      integrations_config_defaults: { canvas: { connection_config: { hostname: 'canvas.customer.edu' } } },
    });
    const res = await api.app.request(`/oauth/connect/canvas?connect_session_token=${token}&params[hostname]=attacker.example`);
    expect(res.status).toBe(302);
    expect(new URL(res.headers.get('location') ?? '').origin).toBe('https://canvas.customer.edu');
  });
});
