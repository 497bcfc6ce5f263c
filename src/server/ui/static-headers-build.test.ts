import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { netlifyHeaders, nginxHeaders } from './widget-headers';

// `npm run build` with PLUGBOARD_API_URL runs scripts/widget-deployment.ts: it validates the
// settings, then writes the static hosts' headers from the same function the Node server uses.

const run = promisify(execFile);
const out = mkdtempSync(join(tmpdir(), 'plugboard-static-headers-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const script = (args: string[], env: Record<string, string>) =>
  run('node_modules/.bin/tsx', ['scripts/widget-deployment.ts', ...args], { env: { ...process.env, ...env } });

describe('the static headers written by the build', () => {
  const env = { PLUGBOARD_API_URL: 'https://api.nango.dev,https://nango.customer.example', PLUGBOARD_FRAME_ANCESTORS: 'https://app.customer.example' };

  it('writes dist/ui/_headers and dist/ui-headers/nginx.conf with the policy the Node server sends', async () => {
    mkdirSync(join(out, 'ui'));
    await script(['write', join(out, 'ui')], env);
    const policy = { apiUrl: ['https://api.nango.dev', 'https://nango.customer.example'], frameAncestors: 'https://app.customer.example' };
    expect(readFileSync(join(out, 'ui', '_headers'), 'utf8')).toBe(netlifyHeaders(policy));
    expect(readFileSync(join(out, 'ui-headers', 'nginx.conf'), 'utf8')).toBe(nginxHeaders(policy));
    expect(readFileSync(join(out, 'ui', '_headers'), 'utf8')).toContain('img-src \'self\' https://api.nango.dev https://nango.customer.example https://app.nango.dev;');
  }, 60_000);

  it('prints the APIs to compile in, and refuses a bad one naming PLUGBOARD_API_URL', async () => {
    expect((await script(['check'], env)).stdout.trim()).toBe('https://api.nango.dev,https://nango.customer.example');
    await expect(script(['check'], { PLUGBOARD_API_URL: 'api.nango.dev' })).rejects.toMatchObject({ stderr: expect.stringContaining('PLUGBOARD_API_URL must be an absolute http(s) URL') });
  }, 60_000);
});
