import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiModeFromEnv } from './mode';
import { startApiServer, type ApiServerOptions, type RunningApiServer } from './server';

const dirs: string[] = [];
const savedKey = process.env.PLUGBOARD_SECRET_KEY;
beforeEach(() => delete process.env.PLUGBOARD_SECRET_KEY);
afterEach(() => {
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  if (savedKey !== undefined) process.env.PLUGBOARD_SECRET_KEY = savedKey;
});

function newDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plugboard-mode-'));
  dirs.push(dir);
  return dir;
}

const start = (options: Partial<ApiServerOptions> & { dataDir: string }) =>
  startApiServer({ port: 0, connectUiUrl: 'http://127.0.0.1:9/', log: () => {}, ...options });

async function call(running: RunningApiServer, method: string, path: string, body?: unknown) {
  return fetch(`${running.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${running.secretKey}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

const integrationKeys = async (running: RunningApiServer): Promise<string[]> =>
  ((await (await call(running, 'GET', '/integrations')).json()).data as Array<{ unique_key: string }>).map((item) => item.unique_key);

describe('PLUGBOARD_ENV', () => {
  it('reads production and development, defaults to development, and names the setting for anything else', () => {
    expect(apiModeFromEnv({ PLUGBOARD_ENV: 'production' })).toBe('production');
    expect(apiModeFromEnv({ PLUGBOARD_ENV: 'development' })).toBe('development');
    expect(apiModeFromEnv({})).toBe('development');
    expect(() => apiModeFromEnv({ PLUGBOARD_ENV: 'prod' })).toThrow(/PLUGBOARD_ENV.*"production" or "development"/);
  });
});

describe('production mode', () => {
  it('refuses to start without an explicit secret key, naming the setting', async () => {
    const dataDir = newDir();
    await expect(start({ dataDir, mode: 'production' })).rejects.toThrow(/PLUGBOARD_SECRET_KEY/);
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('mounts no test provider and seeds no demo integration or demo secret', async () => {
    const dataDir = newDir();
    const running = await start({ dataDir, mode: 'production', secretKey: 'production-test-secret-key-0123456789' });
    try {
      expect((await fetch(`${running.url}/_test-provider/docs/test-api-key`)).status).toBe(404);
      expect((await fetch(`${running.url}/_test-provider/oauth2/authorize?client_id=plugboard-demo`)).status).toBe(404);
      expect(await integrationKeys(running)).toEqual([]);
      const session = await (await call(running, 'POST', '/connect/sessions', { end_user: { id: 'real-user' } })).json();
      const offered = await (await fetch(`${running.url}/integrations`, { headers: { authorization: `Bearer ${session.data.token}` } })).json();
      expect(offered.data).toEqual([]);
    } finally {
      await running.close();
    }
    const disk = Buffer.concat(readdirSync(dataDir).map((name) => readFileSync(join(dataDir, name))));
    expect(disk.includes('plugboard-demo')).toBe(false);
    expect(disk.includes('demo-api-key')).toBe(false);
  });

  it('prints no generated prod key; prod opens with the prod secret key given', async () => {
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    const secretKey = 'production-test-secret-key-0123456789';
    const alone = await start({ dataDir: newDir(), mode: 'production', secretKey, log });
    await alone.close();
    expect(lines.filter((line) => /secret key/i.test(line) || line.includes(alone.prodSecretKey))).toEqual([]);

    const prodSecretKey = 'production-test-prod-key-9876543210';
    const both = await start({ dataDir: newDir(), mode: 'production', secretKey, prodSecretKey, log });
    try {
      const environment = await (await fetch(`${both.url}/plugboard/environment`, { headers: { authorization: `Bearer ${prodSecretKey}` } })).json();
      expect(environment.data.name).toBe('prod');
    } finally {
      await both.close();
    }
  });

  it('still takes the integrations of the config file', async () => {
    const dataDir = newDir();
    const configPath = join(newDir(), 'plugboard.json');
    const providersYaml = join(newDir(), 'providers.yaml');
    writeFileSync(providersYaml, 'acme:\n  display_name: Acme\n  auth_mode: API_KEY\n');
    writeFileSync(configPath, JSON.stringify({ providers_yaml: providersYaml, integrations: [{ unique_key: 'acme-prod', provider: 'acme' }] }));
    const running = await start({ dataDir, mode: 'production', secretKey: 'production-test-secret-key-0123456789', configPath });
    try {
      expect(await integrationKeys(running)).toEqual(['acme-prod']);
    } finally {
      await running.close();
    }
  });
});

describe('development mode', () => {
  it('seeds the demo integrations into an empty data directory only: console edits and deletions survive a restart', async () => {
    const dataDir = newDir();
    const first = await start({ dataDir, secretKey: 'dev-test-secret-key' });
    expect(await integrationKeys(first)).toContain('demo-oauth2');
    expect((await call(first, 'PATCH', '/integrations/demo-basic', { display_name: 'Our own CRM' })).status).toBe(200);
    expect((await call(first, 'DELETE', '/integrations/demo-tba')).status).toBe(200);
    await first.close();

    const second = await start({ dataDir, secretKey: 'dev-test-secret-key' });
    try {
      const keys = await integrationKeys(second);
      expect(keys).toContain('demo-basic');
      expect(keys).not.toContain('demo-tba');
      const basic = await (await call(second, 'GET', '/integrations/demo-basic')).json();
      expect(basic.data.display_name).toBe('Our own CRM');
    } finally {
      await second.close();
    }
  });
});
