import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startRealServer, type RealServer } from '../test/real-server';
import { createTestApi, jsonPost, testSecretKey, type TestApi } from '../test/test-deps';
import { parseTrustedProxies, pickClientAddress } from './rate-limit';
import { parseSettings } from '../../settings';

let api: TestApi | undefined;
let server: RealServer | undefined;
afterEach(async () => {
  api?.cleanup();
  api = undefined;
  await server?.stop();
  server = undefined;
});

describe('PLUGBOARD_TRUSTED_PROXIES', () => {
  it('trusts no header by default, a number of hops, or a list of proxy addresses', () => {
    expect(parseTrustedProxies(undefined)).toEqual({ hops: 0 });
    expect(parseTrustedProxies('2')).toEqual({ hops: 2 });
    expect(parseTrustedProxies('10.0.0.1, ::1')).toEqual({ addresses: ['10.0.0.1', '::1'] });
    expect(() => parseTrustedProxies('-1')).toThrow(/PLUGBOARD_TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies('10.0.0.1, not an address')).toThrow(/PLUGBOARD_TRUSTED_PROXIES.*not an address/);
  });

  it('takes the client from X-Forwarded-For only as far as the trusted proxies reach', () => {
    const forwarded = '198.51.100.7, 203.0.113.9';
    expect(pickClientAddress('10.0.0.1', forwarded, { hops: 0 })).toBe('10.0.0.1');
    expect(pickClientAddress('10.0.0.1', forwarded, { hops: 1 })).toBe('203.0.113.9');
    expect(pickClientAddress('10.0.0.1', forwarded, { hops: 2 })).toBe('198.51.100.7');
    expect(pickClientAddress('10.0.0.1', forwarded, { hops: 5 })).toBe('198.51.100.7');
    expect(pickClientAddress('10.0.0.1', undefined, { hops: 1 })).toBe('10.0.0.1');
    expect(pickClientAddress('::ffff:10.0.0.1', forwarded, { addresses: ['10.0.0.1'] })).toBe('203.0.113.9');
    expect(pickClientAddress('10.0.0.1', '198.51.100.7, 10.0.0.2', { addresses: ['10.0.0.1', '10.0.0.2'] })).toBe('198.51.100.7');
    // A client that is not a trusted proxy cannot choose its own address with the header.
    expect(pickClientAddress('192.0.2.1', forwarded, { addresses: ['10.0.0.1'] })).toBe('192.0.2.1');
  });
});

/** GET from a chosen loopback address: every 127.x address is this machine, each a client of its own. */
function getFrom(localAddress: string, url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { localAddress }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('rate limits per real client', () => {
  it('counts redirect-mode sign-ins against the client that sent them, not one bucket shared by everyone', async () => {
    const configDir = mkdtempSync(join(tmpdir(), 'plugboard-limit-'));
    writeFileSync(join(configDir, 'plugboard.json'), JSON.stringify({ rate_limit: { max_requests: 5 }, return_origins: ['http://127.0.0.1:9'] }));
    server = await startRealServer({ configPath: join(configDir, 'plugboard.json') });
    rmSync(configDir, { recursive: true, force: true });
    const running = server;
    const redirect = (flow: string) =>
      `${running.url}/oauth/connect/demo-oauth2?connect_session_token=nango_connect_session_${'0'.repeat(64)}` +
      `&return_to=${encodeURIComponent('http://127.0.0.1:9/')}&plugboard_flow=${flow.padEnd(16, 'x')}`;
    const popup = `${running.url}/oauth/connect/demo-oauth2`;
    // One client spends its five requests in redirect mode.
    for (let index = 0; index < 5; index += 1) await getFrom('127.0.0.2', redirect(`flow${index}`));
    expect(await getFrom('127.0.0.2', popup)).toBe(429);
    expect(await getFrom('127.0.0.3', popup)).not.toBe(429);
  }, 60_000);

  it('takes the client from X-Forwarded-For behind PLUGBOARD_TRUSTED_PROXIES hops, and ignores the header without it', async () => {
    const configDir = mkdtempSync(join(tmpdir(), 'plugboard-limit-'));
    const configPath = join(configDir, 'plugboard.json');
    writeFileSync(configPath, JSON.stringify({ rate_limit: { max_requests: 2 } }));
    const countedAs = async (running: RealServer) => {
      const from = (address: string) => fetch(`${running.url}/connect/sessions`, { method: 'POST', headers: { 'x-forwarded-for': address } });
      await from('198.51.100.1');
      await from('198.51.100.1');
      return { sameClient: (await from('198.51.100.1')).status, otherClient: (await from('198.51.100.2')).status };
    };
    try {
      const { trustedProxies } = parseSettings({ PLUGBOARD_TRUSTED_PROXIES: '1' }, '/srv');
      server = await startRealServer({ configPath, trustedProxies });
      expect(await countedAs(server)).toEqual({ sameClient: 429, otherClient: 401 });
      await server.stop();
      server = undefined;
      server = await startRealServer({ configPath, trustedProxies: parseSettings({}, '/srv').trustedProxies });
      expect(await countedAs(server)).toEqual({ sameClient: 429, otherClient: 429 });
    } finally {
      rmSync(configDir, { recursive: true, force: true });
    }
  });

  it('keeps a limited client limited while thousands of new clients arrive (least recently used keys go first)', async () => {
    api = createTestApi({ maxRequests: 2, trustedProxies: { hops: 1 } });
    const from = (address: string) =>
      api!.app.request('/connect/sessions', jsonPost({ end_user: { id: 'u' } }, { authorization: `Bearer ${testSecretKey}`, 'x-forwarded-for': address }));
    await from('198.51.100.1');
    await from('198.51.100.1');
    expect((await from('198.51.100.1')).status).toBe(429);
    for (let index = 0; index < 10_050; index += 1) {
      await api.app.request('/connect/sessions', { method: 'POST', headers: { 'x-forwarded-for': `10.${index >> 16}.${(index >> 8) & 255}.${index & 255}` } });
      if (index % 1_000 === 0) expect((await from('198.51.100.1')).status).toBe(429);
    }
    expect((await from('198.51.100.1')).status).toBe(429);
    expect((await from('198.51.100.2')).status).toBe(201);
  }, 60_000);
});

describe('secret-key guesses', () => {
  it('are refused with 429 and Retry-After after 20 wrong keys from one client, even the right key, while other clients go on', async () => {
    api = createTestApi({ trustedProxies: { hops: 1 } });
    const list = (key: string, address: string) =>
      api!.app.request('/connections', { headers: { authorization: `Bearer ${key}`, 'x-forwarded-for': address } });
    for (let attempt = 0; attempt < 20; attempt += 1) expect((await list(`wrong-${attempt}`, '203.0.113.5')).status).toBe(401);
    const blocked = await list('wrong-again', '203.0.113.5');
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
    expect((await blocked.json()).error.code).toBe('too_many_request');
    expect((await list(testSecretKey, '203.0.113.5')).status).toBe(429);
    expect((await list(testSecretKey, '203.0.113.6')).status).toBe(200);
    api.advanceClock(61_000);
    expect((await list(testSecretKey, '203.0.113.5')).status).toBe(200);
  });
});
