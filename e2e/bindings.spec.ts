import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'vite';
import { resolveInside, serveFile } from '../src/server/static/serve-file';
import { expect, test, widget } from './support/fixtures';
import { customerEnv, packOnce } from './support/packed';
import { freePort } from './support/ports';
import { readStack } from './support/stack';

// Issue 13, item 3: a React 19 app (under StrictMode) and a Vue 3 app, each bundled by Vite from the
// packed `plugboard` tarball, connect an account through the widget. The tarball installs offline
// (it has no dependencies; react and vue are optional peers), and the frameworks come from this
// repository's node_modules by symlink, as an app's own would: nothing is compiled, nothing fetched.

const run = promisify(execFile);
const repo = process.cwd();
const frameworks = ['react', 'vue'] as const;
type Framework = (typeof frameworks)[number];

test.describe.configure({ mode: 'serial' });

let project = '';
let sdkTarball = '';
const apps = new Map<Framework, App>();

interface App {
  url: string;
  /** POST /session requests so far (the app's backend creating a connect session). */
  sessionRequests: () => number;
  /** Lets the held POST /session requests answer: the token reaches an app whose widget is open. */
  releaseSessions: () => void;
  close: () => Promise<void>;
}

test.beforeAll(async () => {
  test.setTimeout(10 * 60_000);
  ({ sdkTarball } = await packOnce());
  project = mkdtempSync(join(tmpdir(), 'plugboard-bindings-'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'apps', private: true, type: 'module' }));
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', sdkTarball], { cwd: project, env: customerEnv(), maxBuffer: 16 * 1024 * 1024 });
  // Optional peers: npm installed neither framework.
  expect(['react', 'vue'].filter((name) => existsSync(join(project, 'node_modules', name)))).toEqual([]);
  for (const name of ['react', 'react-dom', 'vue', '@types/react']) {
    mkdirSync(join(project, 'node_modules', name, '..'), { recursive: true });
    symlinkSync(resolve(repo, 'node_modules', name), join(project, 'node_modules', name), 'dir');
  }
  for (const framework of frameworks) {
    const root = join(project, framework);
    cpSync(join(repo, 'e2e/apps', framework), root, { recursive: true });
    await build({
      root,
      configFile: false,
      logLevel: 'warn',
      // React's development build, so that <StrictMode> mounts twice and runs effects twice.
      mode: framework === 'react' ? 'development' : 'production',
      define:
        framework === 'react'
          ? { 'process.env.NODE_ENV': JSON.stringify('development') }
          : { __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
      oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
      build: {
        outDir: join(root, 'dist'),
        emptyOutDir: true,
        minify: false,
        rollupOptions: {
          // A browser bundle has no use for `'use client'` and says so; @vitejs/plugin-react, which
          // a React app built with Vite has, hides exactly this warning too.
          onwarn(warning, warn) {
            if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
          },
        },
      },
    });
    apps.set(framework, await serveApp(join(root, 'dist')));
  }
});

test.afterAll(async () => {
  await Promise.all([...apps.values()].map((app) => app.close()));
  if (project) rmSync(project, { recursive: true, force: true });
});

/** The built app on loopback, with its backend's one route: POST /session, held until released. */
async function serveApp(dist: string): Promise<App> {
  const stack = readStack();
  const port = await freePort();
  let sessionRequests = 0;
  let release = () => {};
  const released = new Promise<void>((done) => (release = done));
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://app').pathname;
    if (req.method === 'POST' && path === '/session') {
      sessionRequests += 1;
      void released
        .then(() =>
          fetch(`${stack.apiUrl}/connect/sessions`, {
            method: 'POST',
            headers: { authorization: `Bearer ${stack.secretKey}`, 'content-type': 'application/json' },
            body: JSON.stringify({ end_user: { id: 'bindings-user', email: 'ada@example.com' } }),
          }),
        )
        .then((response) => response.json() as Promise<{ data: { token: string } }>)
        .then(({ data }) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token: data.token })))
        .catch(() => res.writeHead(502).end());
      return;
    }
    void serveFile(res, path === '/' ? join(dist, 'index.html') : resolveInside(dist, path));
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${port}/`,
    sessionRequests: () => sessionRequests,
    releaseSessions: () => release(),
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

test('the package holds both bindings with their types, and the frameworks as optional peers only', async () => {
  const { stdout } = await run('tar', ['-tzf', sdkTarball]);
  expect(stdout.split('\n')).toEqual(
    expect.arrayContaining(['package/react.js', 'package/vue.js', 'package/types/bindings/react/index.d.ts', 'package/types/bindings/vue/index.d.ts']),
  );
  const manifest = JSON.parse(readFileSync(join(project, 'node_modules/plugboard/package.json'), 'utf8')) as Record<string, unknown>;
  expect(manifest).toMatchObject({
    exports: {
      './react': { types: './types/bindings/react/index.d.ts', import: './react.js' },
      './vue': { types: './types/bindings/vue/index.d.ts', import: './vue.js' },
    },
    peerDependencies: { react: '>=18', vue: '>=3.3' },
    peerDependenciesMeta: { react: { optional: true }, vue: { optional: true } },
    sideEffects: false,
  });
  expect(manifest.dependencies).toBeUndefined();
  // A React server component may render <ConnectButton>: the module says it runs on the client.
  expect(readFileSync(join(project, 'node_modules/plugboard/react.js'), 'utf8')).toMatch(/^['"]use client['"];/);
});

test('on a server (Node, no DOM) both bindings import and render their button', async () => {
  const script = [
    "if (typeof window !== 'undefined' || typeof document !== 'undefined') throw new Error('not plain node');",
    "const react = await import('react');",
    "const { renderToString } = await import('react-dom/server');",
    "const { ConnectButton } = await import('plugboard/react');",
    "const vue = await import('vue');",
    "const vueServer = await import('vue/server-renderer');",
    "const vueBinding = await import('plugboard/vue');",
    "const options = { baseURL: 'https://connect.example/' };",
    'console.log(JSON.stringify([',
    "  renderToString(react.createElement(ConnectButton, options, 'Connect CRM')),",
    '  await vueServer.renderToString(vue.createSSRApp({ render: () => vue.h(vueBinding.ConnectButton, { options }) })),',
    "  Object.keys(await import('plugboard/react')).sort(),",
    '  Object.keys(vueBinding).sort(),',
    ']));',
  ].join('\n');
  const { stdout } = await run('node', ['--input-type=module', '-e', script], { cwd: project, env: customerEnv() });
  expect(JSON.parse(stdout)).toEqual([
    '<button type="button">Connect CRM</button>',
    '<button type="button">Connect an account</button>',
    ['ConnectButton', 'useConnectUI'],
    ['ConnectButton', 'useConnectUI'],
  ]);
});

test('an app type-checks against the bindings\' published types', async () => {
  writeFileSync(
    join(project, 'consumer.ts'),
    [
      "import { createElement } from 'react';",
      "import { ConnectButton, useConnectUI, type ConnectUIState } from 'plugboard/react';",
      "import { useConnectUI as useVueConnectUI } from 'plugboard/vue';",
      "export function Status({ token }: { token: string }) {",
      "  const { open, close, setSessionToken, state } = useConnectUI({ baseURL: 'https://connect.example/', sessionToken: token });",
      "  const current: ConnectUIState = state;",
      "  setSessionToken(token); void open; void close;",
      "  return createElement(ConnectButton, { baseURL: 'https://connect.example/', onEvent: (event) => console.log(event.type) }, current);",
      '}',
      "const vue = useVueConnectUI(() => ({ baseURL: 'https://connect.example/' }));",
      "const vueState: ConnectUIState = vue.state.value;",
      'void vueState;',
      '// @ts-expect-error: baseURL is required',
      'useVueConnectUI({});',
      '// @ts-expect-error: baseURL is required',
      'useConnectUI({});',
      "// @ts-expect-error: not one of the states",
      "const wrong: ConnectUIState = 'sideways'; void wrong;",
      '',
    ].join('\n'),
  );
  const tsc = join(repo, 'node_modules/typescript/bin/tsc');
  for (const [module, moduleResolution] of [['NodeNext', 'NodeNext'], ['ESNext', 'Bundler']]) {
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module, moduleResolution, lib: ['ES2022', 'DOM'], types: [], strict: true, noEmit: true, skipLibCheck: true },
        files: ['consumer.ts'],
      }),
    );
    const result = await run('node', [tsc, '-p', 'tsconfig.json'], { cwd: project, env: customerEnv() }).catch(
      (error: { stdout?: string }) => ({ stdout: `FAILED\n${error.stdout ?? String(error)}` }),
    );
    expect([moduleResolution, result.stdout]).toEqual([moduleResolution, '']);
  }
});

for (const framework of frameworks) {
  test(`a ${framework === 'react' ? 'React 19 app under StrictMode' : 'Vue 3 app'}: ConnectButton opens the widget, an API key connects, the app shows the connection; unmounting closes the widget`, async ({ page, stack }) => {
    const app = apps.get(framework);
    if (!app) throw new Error(`the ${framework} app was not built`);
    const query = new URLSearchParams({ ui: stack.uiUrl, api: stack.apiUrl });
    await page.goto(`${app.url}?${query}`);
    // React's StrictMode ran the app's mount effect twice (one session request each); Vue once.
    await expect.poll(app.sessionRequests).toBe(framework === 'react' ? 2 : 1);

    await page.getByRole('button', { name: 'Connect an account' }).click();
    await expect(page.locator('#connect-ui')).toHaveCount(1);
    await expect(page.locator('#events li')).toHaveText(['ready']);
    // The token arrives while the widget is open: the same iframe gets it, nothing reopens.
    await page.locator('#connect-ui').evaluate((iframe) => iframe.setAttribute('data-first', ''));
    app.releaseSessions();
    const frame = widget(page);
    await frame.getByRole('button', { name: 'Test API Key', exact: true }).click();
    await frame.getByLabel('API Key', { exact: true }).fill(`test_${framework}_binding`);
    await frame.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(frame.getByRole('heading', { name: 'Test API Key is connected' })).toBeVisible();
    await expect(page.locator('#connect-ui[data-first]')).toHaveCount(1);

    const connectionId = (await page.locator('#connection').textContent()) ?? '';
    expect(connectionId).not.toBe('');
    const listed = await fetch(`${stack.apiUrl}/connections`, { headers: { authorization: `Bearer ${stack.secretKey}` } });
    const { connections } = (await listed.json()) as { connections: Array<{ connection_id: string }> };
    expect(connections.map((connection) => connection.connection_id)).toContain(connectionId);

    await frame.getByRole('button', { name: 'Done' }).click();
    await expect(page.locator('#connect-ui')).toHaveCount(0);
    // One widget, one listener: each event reached the app once.
    await expect(page.locator('#events li')).toHaveText(['ready', 'connect', 'close']);

    // Open again, then the app unmounts the component: the widget goes and the page is back.
    await page.getByRole('button', { name: 'Connect an account' }).click();
    await expect(page.locator('#connect-ui')).toHaveCount(1);
    await expect(page.locator('#events li')).toHaveText(['ready', 'connect', 'close', 'ready']);
    await page.evaluate(() => (window as unknown as { unmountApp: () => void }).unmountApp());
    await expect(page.locator('#connect-ui')).toHaveCount(0);
    expect(await page.evaluate(() => ({ overflow: document.body.style.overflow, inert: document.querySelectorAll('[inert]').length }))).toEqual({ overflow: '', inert: 0 });
  });
}
