import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfigFile } from './config';
import { startApiServer, type ApiServerOptions } from './server';
import { parseSettings } from '../settings';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function startWithConfig(config: unknown, options: Partial<ApiServerOptions> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'plugboard-config-'));
  dirs.push(dir);
  const configPath = join(dir, 'plugboard.json');
  writeFileSync(configPath, typeof config === 'string' ? config : JSON.stringify(config));
  return startApiServer({ port: 0, dataDir: join(dir, 'data'), configPath, connectUiUrl: 'http://127.0.0.1:9/', log: () => {}, ...options });
}

describe('the config file', () => {
  it('reads a relative providers_yaml beside the file, not in the current directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plugboard-config-path-'));
    try {
      writeFileSync(join(dir, 'plugboard.json'), JSON.stringify({ providers_yaml: 'nango/providers.yaml' }));
      expect(loadConfigFile(join(dir, 'plugboard.json')).providers_yaml).toBe(join(dir, 'nango', 'providers.yaml'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops start-up with a message naming the bad field', async () => {
    await expect(startWithConfig({ integrations: [{ unique_key: 'x', provider: 42 }] })).rejects.toThrow(/integrations\.0\.provider/);
  });

  it('names an unknown key', async () => {
    await expect(startWithConfig({ webhooks: { url: 'http://127.0.0.1/x', retries: 3 } })).rejects.toThrow(/webhooks.*retries/);
  });

  it('names an integration whose provider is not in the catalogue', async () => {
    await expect(startWithConfig({ integrations: [{ unique_key: 'x', provider: 'nope' }] })).rejects.toThrow(/integrations\.0\.provider: unknown provider "nope"/);
  });

  it('configures an APP integration (app id, public link, private key) and refuses a key that is not an RSA PEM', async () => {
    const privateKey = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } }).privateKey;
    const app = { unique_key: 'our-app', provider: 'test-app', app_id: '42', app_link: 'https://apps.example.com/apps/our-app' };
    await expect(startWithConfig({ integrations: [{ ...app, app_private_key: 'ssh-rsa AAAA' }] })).rejects.toThrow(/integrations\.0\.app_private_key: expected an RSA private key in PEM/);
    await expect(startWithConfig({ integrations: [{ ...app, app_link: 'not a url' }] })).rejects.toThrow(/integrations\.0\.app_link/);
    const running = await startWithConfig({ integrations: [{ ...app, app_private_key: privateKey }] });
    try {
      const res = await fetch(`${running.url}/integrations/our-app?include=credentials`, { headers: { authorization: `Bearer ${running.secretKey}` } });
      expect((await res.json()).data.credentials).toEqual({ type: 'APP', app_id: '42', app_link: app.app_link, private_key: privateKey });
    } finally {
      await running.close();
    }
  });

  it('refuses a file that is not JSON', async () => {
    await expect(startWithConfig('{ nope')).rejects.toThrow(/Cannot read the config file/);
  });

  it('configures integrations, the Connect UI settings and the environment webhook', async () => {
    const running = await startWithConfig({
      integrations: [{ unique_key: 'only-basic', provider: 'test-basic', display_name: 'Our CRM' }],
      connect_ui: { default_theme: 'dark', primary_light: '#123456', show_watermark: false },
    });
    try {
      const session = await fetch(`${running.url}/connect/sessions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${running.secretKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ end_user: { id: 'u' } }),
      });
      const token = (await session.json()).data.token;
      const output = await (await fetch(`${running.url}/connect/session`, { headers: { authorization: `Bearer ${token}` } })).json();
      expect(output.data.connectUISettings).toEqual({ theme: { light: { primary: '#123456' }, dark: { primary: '#00B2E3' } }, defaultTheme: 'dark', showWatermark: false });
      const list = await (await fetch(`${running.url}/integrations`, { headers: { authorization: `Bearer ${token}` } })).json();
      expect(list.data.map((item: { unique_key: string; display_name: string }) => [item.unique_key, item.display_name])).toEqual([['only-basic', 'Our CRM']]);
    } finally {
      await running.close();
    }
  });

  it("loads Nango's providers.yaml and sends a subdomain provider's popup to the interpolated URL", async () => {
    const providersYaml = join(dirname(createRequire(import.meta.url).resolve('@nangohq/providers/package.json')), 'providers.yaml');
    const running = await startWithConfig({
      providers_yaml: providersYaml,
      integrations: [{ unique_key: 'zd', provider: 'zendesk', oauth_client_id: 'client', oauth_client_secret: 'secret' }],
    });
    try {
      const session = await fetch(`${running.url}/connect/sessions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${running.secretKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ end_user: { id: 'u' } }),
      });
      const token = (await session.json()).data.token;
      const res = await fetch(`${running.url}/oauth/connect/zd?connect_session_token=${token}&params%5Bsubdomain%5D=acme`, { redirect: 'manual' });
      expect(res.status).toBe(302);
      expect(new URL(res.headers.get('location') ?? '').host).toBe('acme.zendesk.com');
      const logo = await fetch(`${running.url}/images/template-logos/zendesk.svg`);
      expect(logo.status).toBe(200);
    } finally {
      await running.close();
    }
  });

  it('sends redirect-mode tabs back only to the origins of return_origins and PLUGBOARD_RETURN_ORIGINS', async () => {
    const returnOrigins = parseSettings({ PLUGBOARD_RETURN_ORIGINS: 'https://env.example, http://localhost:3000' }, '/srv').returnOrigins;
    const running = await startWithConfig({ return_origins: ['https://app.example.com'] }, { returnOrigins });
    try {
      const token = (await (await fetch(`${running.url}/connect/sessions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${running.secretKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ end_user: { id: 'u' }, allowed_integrations: ['demo-api-key'] }),
      })).json()).data.token;
      const statusFor = async (returnTo: string) => {
        const res = await fetch(`${running.url}/oauth/connect/demo-oauth2?connect_session_token=${token}&plugboard_flow=${'F'.repeat(32)}&return_to=${encodeURIComponent(returnTo)}`, { redirect: 'manual' });
        return [res.status, res.headers.get('location')];
      };
      expect(await statusFor('https://app.example.com/settings')).toEqual([303, 'https://app.example.com/settings?plugboard_oauth=error']);
      expect(await statusFor('https://env.example/')).toEqual([303, 'https://env.example/?plugboard_oauth=error']);
      expect(await statusFor('http://localhost:3000/x')).toEqual([303, 'http://localhost:3000/x?plugboard_oauth=error']);
      expect(await statusFor('https://evil.example/')).toEqual([400, null]);
      expect(await statusFor('http://app.example.com/')).toEqual([400, null]);
    } finally {
      await running.close();
    }
  });

  it('refuses a return origin that is not an origin', async () => {
    await expect(startWithConfig({ return_origins: ['https://app.example.com/path'] })).rejects.toThrow(/return_origins\.0/);
    expect(() => parseSettings({ PLUGBOARD_RETURN_ORIGINS: 'javascript:alert(1)' }, '/srv')).toThrow(/PLUGBOARD_RETURN_ORIGINS/);
  });

  it('names a pinned host that is not a host name', async () => {
    await expect(startWithConfig({ integrations: [{ unique_key: 'c', provider: 'test-oauth2', allowed_hosts: ['canvas.acme.edu/x'] }] })).rejects.toThrow(/integrations\.0\.allowed_hosts\.0/);
  });
});
