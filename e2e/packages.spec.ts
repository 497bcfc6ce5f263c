import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { widget } from './support/fixtures';
import { customerEnv, packOnce } from './support/packed';
import { freePort } from './support/ports';

// Issue 12: `npm run pack` writes both packages; they install into a fresh project outside this
// repository (no access to its node_modules) and work there: the SDK type-checks and imports
// without a DOM, `plugboard-server dev` runs the whole stack, `plugboard-server widget` serves the
// widget with production headers.

const run = promisify(execFile);
const repo = process.cwd();
const tsc = join(repo, 'node_modules/typescript/bin/tsc');

test.describe.configure({ mode: 'serial' });

let project = ''; // a customer's app: both packages
let sdkProject = ''; // a front-end project: the SDK alone, so no zod anywhere in node_modules
let sdkTarball = '';
let serverTarball = '';

test.beforeAll(async () => {
  test.setTimeout(12 * 60_000);
  const started = Date.now();
  ({ sdkTarball, serverTarball } = await packOnce());
  const packedAt = Date.now();

  sdkProject = await install('plugboard-sdk-only-', [sdkTarball]);
  // better-sqlite3 is compiled unless a prebuilt binary can be fetched: most of the time goes there.
  project = await install('plugboard-consumer-', [sdkTarball, serverTarball]);
  const installedAt = Date.now();
  test.info().annotations.push({
    type: 'duration',
    description: `pack ${Math.round((packedAt - started) / 1000)} s, install ${Math.round((installedAt - packedAt) / 1000)} s`,
  });
  console.log(`packages: pack ${packedAt - started} ms, install ${installedAt - packedAt} ms`);
});

test.afterAll(() => {
  for (const dir of [project, sdkProject]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A fresh project in the temporary folder with `tarballs` installed; returns its path. */
async function install(prefix: string, tarballs: string[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module', allowScripts: { 'better-sqlite3': true } }, null, 2),
  );
  // --prefer-offline: the registry is asked only for what the npm cache lacks.
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', ...tarballs], {
    cwd: dir,
    env: customerEnv(),
    maxBuffer: 16 * 1024 * 1024,
  });
  return dir;
}

async function tarballFiles(tarball: string): Promise<string[]> {
  const { stdout } = await run('tar', ['-tzf', tarball]);
  return stdout.split('\n').filter(Boolean);
}

test('the SDK package: ESM, script tag, types and the widget, no dependencies, nothing else', async () => {
  const files = await tarballFiles(sdkTarball);
  expect(files).toEqual(
    expect.arrayContaining([
      'package/package.json',
      'package/plugboard.js',
      'package/plugboard.iife.js',
      'package/headless.js',
      'package/types/sdk/index.d.ts',
      'package/types/client/index.d.ts',
      'package/widget/index.html',
      'package/README.md',
      'package/LICENSE',
    ]),
  );
  expect(files.some((file) => file.startsWith('package/widget/assets/') && file.endsWith('.js'))).toBe(true);
  expect(files.filter((file) => /\.test\.|\.spec\.|\.map$|\.sqlite|\.plugboard-data|encryption|\.env|\/src\//.test(file))).toEqual([]);

  const installed = join(project, 'node_modules/plugboard');
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<string, unknown>;
  expect(manifest.dependencies).toBeUndefined();
  expect(manifest.scripts).toBeUndefined();
  for (const file of files.filter((name) => name.endsWith('.d.ts'))) {
    expect([file, readFileSync(join(installed, file.replace(/^package\//, '')), 'utf8')]).toEqual([file, expect.not.stringMatching(/zod/)]);
  }
  // No key of any kind: no secret key (a UUID; the widget shows the textbook example one as a
  // placeholder), no session token, no signing key.
  for (const file of files.filter((name) => /\.(js|ts|html|css|json|md)$/.test(name))) {
    const text = readFileSync(join(installed, file.replace(/^package\//, '')), 'utf8').replaceAll('123e4567-e89b-12d3-a456-426614174000', '');
    expect([file, text]).toEqual([file, expect.not.stringMatching(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|nango_connect_session_[0-9a-f]{16}|whsec/i)]);
  }
  // The widget's files are reachable through the exports map, for bundlers that copy them.
  const { stdout } = await run(
    'node',
    ['--input-type=module', '-e', "console.log(import.meta.resolve('plugboard/widget/index.html'))"],
    { cwd: project, env: customerEnv() },
  );
  expect(stdout.trim()).toBe(`file://${join(installed, 'widget/index.html')}`);
});

test('a consumer type-checks against the published types, without zod installed', async () => {
  expect(existsSync(join(sdkProject, 'node_modules/zod'))).toBe(false);
  writeFileSync(
    join(sdkProject, 'consumer.ts'),
    [
      "import { Nango, openConnectUI, type ConnectUIEvent, type ConnectionResult, type ErrorType } from 'plugboard';",
      'const saved: ConnectionResult[] = [];',
      'function onEvent(event: ConnectUIEvent): void {',
      "  if (event.type === 'connect') saved.push(event.payload);",
      "  if (event.type === 'error') { const type: ErrorType = event.payload.errorType; console.log(type, event.payload.errorCode); }",
      '}',
      "const ui = openConnectUI({ baseURL: 'https://connect.example/', apiURL: 'https://api.nango.dev', onEvent });",
      "ui.setSessionToken('nango_connect_session_x');",
      "new Nango().openConnectUI({ baseURL: 'https://connect.example/', sessionToken: 'nango_connect_session_x', onEvent }).close();",
      '// @ts-expect-error: baseURL is required (where the widget is served)',
      "openConnectUI({ onEvent });",
      '// @ts-expect-error: a wrong option type is caught by the published types',
      "openConnectUI({ baseURL: 'https://connect.example/', oauthMode: 'sideways' });",
      "import { ConnectError, createConnectClient, type ConnectForm, type Integration } from 'plugboard/headless';",
      "const client = createConnectClient({ apiURL: 'https://api.example', sessionToken: () => 'nango_connect_session_x' });",
      'export async function headless(): Promise<string> {',
      '  const list: Integration[] = await client.integrations();',
      "  const form: ConnectForm = await client.provider(list[0]?.unique_key ?? '');",
      "  const problems: string[] = form.validate({ apiKey: '' }).map((error) => error.message);",
      "  try { return (await client.connect(form.integrationId, { apiKey: 'k' })).connectionId; } catch (error) { return error instanceof ConnectError ? error.type : problems.join(); }",
      '}',
      "// @ts-expect-error: authorize needs a mode",
      "void client.authorize('github', {});",
      "import { AuthError, type AuthSuccess } from 'plugboard';",
      "const nango = new Nango({ connectSessionToken: 'nango_connect_session_x', host: 'https://api.example' });",
      "export const connected: Promise<AuthSuccess> = nango.auth('stripe', { credentials: { apiKey: 'k' }, params: { region: 'eu' } });",
      "export const authorized = nango.auth('github', 'connection-1', { detectClosedAuthWindow: true, authorization_params: { prompt: 'consent' } });",
      "connected.catch((error: unknown) => { if (error instanceof AuthError) console.log(error.type, error.message); });",
      '',
    ].join('\n'),
  );
  // Both ways a consumer resolves packages: Node's own rules (file extensions required) and a bundler's.
  for (const [module, moduleResolution] of [['NodeNext', 'NodeNext'], ['ESNext', 'Bundler']]) {
    writeFileSync(
      join(sdkProject, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module, moduleResolution, lib: ['ES2022', 'DOM'], types: [], strict: true, noEmit: true, skipLibCheck: false },
        files: ['consumer.ts'],
      }),
    );
    const result = await run('node', [tsc, '-p', 'tsconfig.json'], { cwd: sdkProject, env: customerEnv() }).catch(
      (error: { stdout?: string }) => ({ stdout: `FAILED\n${error.stdout ?? String(error)}` }),
    );
    expect([moduleResolution, result.stdout]).toEqual([moduleResolution, '']);
  }
});

test('the SDK imports in plain Node (server-side rendering) without touching a DOM', async () => {
  const script = [
    "if (typeof window !== 'undefined' || typeof document !== 'undefined') throw new Error('not plain node');",
    "const sdk = await import('plugboard');",
    "const headless = await import('plugboard/headless');",
    // Nango.auth() loads the headless client from beside the ES module: an unreachable API ends in an AuthError.
    "const failure = await new sdk.Nango({ connectSessionToken: 'nango_connect_session_x', host: 'http://127.0.0.1:9' }).auth('crm', { credentials: { apiKey: 'k' } }).catch((error) => error);",
    'console.log(JSON.stringify({ keys: [...Object.keys(sdk), ...Object.keys(headless)].sort(), auth: [failure instanceof sdk.AuthError, failure.type] }));',
  ].join('\n');
  const { stdout } = await run('node', ['--input-type=module', '-e', script], { cwd: sdkProject, env: customerEnv() });
  const { keys, auth } = JSON.parse(stdout) as { keys: string[]; auth: unknown };
  expect(keys).toEqual(expect.arrayContaining(['ConnectUI', 'Nango', 'AuthError', 'openConnectUI', 'ConnectError', 'createConnectClient']));
  expect(auth).toEqual([true, 'network_error']);
});

test('the server package: compiled JavaScript, the static files it serves, its own dependencies', async () => {
  const files = await tarballFiles(serverTarball);
  expect(files).toEqual(
    expect.arrayContaining([
      'package/package.json',
      'package/bin/plugboard-server.js',
      'package/dist/ui/index.html',
      'package/dist/sdk/plugboard.iife.js',
      'package/dist/console/index.html',
    ]),
  );
  expect(files.filter((file) => /\.tsx?$|\.test\.|\.spec\.|\.map$|\.sqlite|\.plugboard-data|encryption|\.env/.test(file))).toEqual([]);
  const manifest = JSON.parse(readFileSync(join(project, 'node_modules/plugboard-server/package.json'), 'utf8')) as {
    bin: Record<string, string>;
    dependencies: Record<string, string>;
  };
  const root = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  expect(manifest.bin).toEqual({ 'plugboard-server': 'bin/plugboard-server.js' });
  expect(Object.keys(manifest.dependencies)).toEqual(expect.arrayContaining(['hono', '@hono/node-server', 'better-sqlite3', 'ws', 'zod']));
  expect(Object.keys(manifest.dependencies)).not.toContain('tsx');
  for (const [name, version] of Object.entries(manifest.dependencies)) {
    expect([name, version]).toEqual([name, expect.stringMatching(/^\d+\.\d+\.\d+$/)]);
  }
  expect(manifest.dependencies.hono).toBe(root.devDependencies.hono);
});

/** Starts the installed CLI; resolves with its output once `ready` matches it. */
function startCli(args: string[], env: Record<string, string>, ready: RegExp): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn('npx', ['--no-install', 'plugboard-server', ...args], { cwd: project, env: customerEnv(env), detached: true });
  let output = '';
  return new Promise((done, fail) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) done({ child, output: () => output });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => fail(new Error(`plugboard-server ${args[0]} exited (${code}):\n${output}`)));
  });
}

function stop(child: ChildProcess | undefined) {
  if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
}

test('plugboard-server: --help, and an unknown subcommand exits 2 with the usage', async () => {
  const help = await run('npx', ['--no-install', 'plugboard-server', '--help'], { cwd: project, env: customerEnv() });
  expect(help.stdout).toContain('plugboard-server dev');
  expect(help.stdout).toContain('plugboard-server widget --api');
  const unknown = await run('npx', ['--no-install', 'plugboard-server', 'deploy'], { cwd: project, env: customerEnv() }).then(
    () => ({ code: 0, stderr: '' }),
    (error: { code: number; stderr: string }) => error,
  );
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain('unknown command "deploy"');
  expect(unknown.stderr).toContain('Usage:');
});

test('plugboard-server widget: the widget under a strict CSP, hashed assets cached for ever', async () => {
  const { child, output } = await startCli(
    ['widget', '--api', 'https://api.nango.dev', '--port', '0', '--frame-ancestors', 'https://app.acme.example'],
    {},
    /listening on (http:\/\/\S+)/,
  );
  try {
    const url = /listening on (http:\/\/\S+)/.exec(output())?.[1] ?? '';
    const index = await fetch(url);
    expect(index.status).toBe(200);
    const csp = index.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("connect-src 'self' https://api.nango.dev wss://api.nango.dev");
    expect(csp).toContain("img-src 'self' https://api.nango.dev https://app.nango.dev");
    expect(csp).toContain('frame-ancestors https://app.acme.example');
    expect(csp).toContain("require-trusted-types-for 'script'");
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const html = await index.text();
    // The deployment configuration is in the page, in place of the built page's preload of config.json.
    const embedded = JSON.stringify({ apiURLs: ['https://api.nango.dev'], imageOrigins: ['https://app.nango.dev'] });
    expect(html).toContain(`<meta name=plugboard-config content="${embedded.replaceAll('"', '&quot;')}">`);
    expect(html).not.toContain('config.json');
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    const asset = await fetch(new URL(script ?? '', url));
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // The deployment configuration the widget checks every apiURL against names this API only.
    const config = await fetch(new URL('config.json', url));
    expect(await config.json()).toEqual({ apiURLs: ['https://api.nango.dev'], imageOrigins: ['https://app.nango.dev'] });
  } finally {
    stop(child);
  }
});

test('npx plugboard-server dev: one API-key connection through the demo, in Chromium', async ({ page }) => {
  test.setTimeout(120_000); // npx and three servers start before the first click
  const dataDir = join(project, 'data');
  mkdirSync(dataDir);
  const [api, ui, demo] = await Promise.all([freePort(), freePort(), freePort()]);
  const { child, output } = await startCli(
    ['dev'],
    { PLUGBOARD_API_PORT: String(api), PLUGBOARD_UI_PORT: String(ui), PLUGBOARD_DEMO_PORT: String(demo), PLUGBOARD_DATA_DIR: dataDir },
    /demo app\s+(http:\/\/\S+)/,
  );
  try {
    const demoUrl = /demo app\s+(http:\/\/\S+)/.exec(output())?.[1] ?? '';
    await page.goto(demoUrl);
    await expect(page.getByLabel('Integration').locator('option')).not.toHaveCount(1);
    await page.getByRole('button', { name: 'Connect an account' }).click();
    const frame = widget(page);
    await frame.getByRole('button', { name: 'Test API Key', exact: true }).click();
    await frame.getByLabel('API Key', { exact: true }).fill('test_from_the_package');
    await frame.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(frame.getByRole('heading', { name: 'Test API Key is connected' })).toBeVisible();
    await frame.getByRole('button', { name: 'Done' }).click();
    await expect(page.locator('#connections')).toContainText('Test API Key');
    expect(existsSync(join(dataDir, 'plugboard.sqlite'))).toBe(true);
  } finally {
    stop(child);
  }
});
