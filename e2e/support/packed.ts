import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const repo = process.cwd();
const out = join(repo, 'dist/packages');
const stamp = join(out, '.packed-for-e2e-run');

// What `npm test` passes down that a customer's shell has too: the npm cache, the registry, the
// node headers. Not the rest (`npm_config_prefix`, `npm_config_local_prefix`…: this repository).
const sharedNpmConfig = new Set(['npm_config_cache', 'npm_config_registry', 'npm_config_userconfig', 'npm_config_globalconfig', 'npm_config_nodedir']);

/** The environment of a customer's shell: no path into this repository or its node_modules. */
export function customerEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    const isRepoOnly = (key.startsWith('npm_') && !sharedNpmConfig.has(key)) || key.startsWith('PLUGBOARD_') || key === 'NODE_PATH' || key === 'INIT_CWD';
    if (!isRepoOnly) env[key] = value;
  }
  env.PATH = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((entry) => !resolve(entry).startsWith(repo))
    .join(delimiter);
  return { ...env, ...extra };
}

export interface Packed {
  sdkTarball: string;
  serverTarball: string;
  /** Whether this call ran `npm run pack` (false: an earlier spec of the same run did). */
  didPack: boolean;
}

/**
 * `npm run pack`, once per run of the e2e suite: the specs that install the packages share its
 * tarballs. A run is known by its stack (fresh ports and keys each time), so tarballs left by an
 * earlier run, built from older sources, are never reused.
 */
export async function packOnce(): Promise<Packed> {
  const version = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string }).version;
  const packed = {
    sdkTarball: join(out, `plugboard-${version}.tgz`),
    serverTarball: join(out, `plugboard-server-${version}.tgz`),
  };
  const thisRun = createHash('sha256').update(process.env.PLUGBOARD_E2E_STACK ?? String(Math.random())).digest('hex');
  const isPacked = existsSync(stamp) && readFileSync(stamp, 'utf8') === thisRun && existsSync(packed.sdkTarball) && existsSync(packed.serverTarball);
  if (isPacked) return { ...packed, didPack: false };
  await run('npm', ['run', 'pack'], { cwd: repo, maxBuffer: 16 * 1024 * 1024 });
  writeFileSync(stamp, thisRun);
  return { ...packed, didPack: true };
}
