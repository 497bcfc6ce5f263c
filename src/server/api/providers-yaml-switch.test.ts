import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startApiServer, type RunningApiServer } from './server';

const dirs: string[] = [];
const newDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'plugboard-catalogue-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function search(running: RunningApiServer, text: string): Promise<string[]> {
  const res = await fetch(`${running.url}/providers?search=${text}`, { headers: { authorization: `Bearer ${running.secretKey}` } });
  return ((await res.json()) as { data: Array<{ name: string }> }).data.map((provider) => provider.name);
}

describe('the providersYaml option (PLUGBOARD_PROVIDERS_YAML)', () => {
  it('loads a real catalogue beside the built-ins, without a config file, and wins over the file’s providers_yaml', async () => {
    const yaml = join(newDir(), 'providers.yaml');
    writeFileSync(yaml, 'github:\n  display_name: GitHub\n  auth_mode: OAUTH2\n  authorization_url: https://github.com/login/oauth/authorize\n  token_url: https://github.com/login/oauth/access_token\n');
    const other = join(newDir(), 'other.yaml');
    writeFileSync(other, 'stripe:\n  display_name: Stripe\n  auth_mode: API_KEY\n');
    const configPath = join(newDir(), 'plugboard.json');
    writeFileSync(configPath, JSON.stringify({ providers_yaml: other }));
    const lines: string[] = [];
    const running = await startApiServer({ port: 0, dataDir: newDir(), connectUiUrl: 'http://127.0.0.1:9/', log: (line) => lines.push(line), providersYaml: yaml, configPath });
    try {
      expect(await search(running, 'github')).toEqual(['github']);
      expect(await search(running, 'stripe')).toEqual([]);
      expect(await search(running, 'test-oauth2')).toContain('test-oauth2');
      expect(lines.some((line) => line.includes(`Loaded 1 providers from ${yaml}`))).toBe(true);
    } finally {
      await running.close();
    }
  });

  it('stops start-up naming the file when it cannot be read', async () => {
    const missing = join(newDir(), 'missing.yaml');
    await expect(startApiServer({ port: 0, dataDir: newDir(), connectUiUrl: 'http://127.0.0.1:9/', log: () => {}, providersYaml: missing }))
      .rejects.toThrow(`Cannot read the provider catalogue ${missing}`);
  });
});
