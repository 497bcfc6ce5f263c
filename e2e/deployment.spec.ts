import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { startRecordingServer, startStaticWidgetHost, type RecordingServer, type StaticWidgetHost } from './support/static-widget-host';
import { expect, test, widget } from './support/fixtures';

// A deployed widget talks only to the API origins its deployment names (built in with
// PLUGBOARD_API_URL, embedded in the page by the widget server, or config.json beside index.html),
// never to one a URL names. These tests
// run the widget from a plain static host with no CSP, as on a CDN, so nothing but the widget
// itself stands between a typed password and a foreign server.

let cdn: StaticWidgetHost;
let evil: RecordingServer;

test.beforeAll(async () => {
  [cdn, evil] = await Promise.all([startStaticWidgetHost(), startRecordingServer('127.0.0.3')]);
});

test.afterAll(async () => {
  await Promise.all([cdn.close(), evil.close()]);
});

test.beforeEach(() => {
  evil.received.length = 0;
});

const apiKeyField = (scope: { getByRole: import('@playwright/test').Page['getByRole'] }) => scope.getByRole('textbox', { name: 'API Key', exact: true });

test('a connect link naming a foreign apiURL shows an error naming it, and the foreign server receives nothing', async ({ page, stack, createSession }) => {
  cdn.setConfig({ apiURLs: [stack.apiUrl] });
  const token = await createSession({ allowed_integrations: ['demo-api-key'] });
  await page.goto(`${cdn.url}?session_token=${token}&apiURL=${encodeURIComponent(evil.url)}`);
  await expect(page.getByRole('heading', { name: 'The connection could not start' })).toBeVisible();
  await expect(page.getByText(`may not talk to the API at ${evil.url}`)).toBeVisible();
  await expect(page.getByText(stack.apiUrl)).toBeVisible(); // what the deployment does allow
  await expect(apiKeyField(page)).toHaveCount(0);
  expect(evil.received).toEqual([]);
});

test('a connect link without apiURL, or naming the configured API, connects against the configured API', async ({ page, stack, createSession }) => {
  cdn.setConfig({ apiURLs: [stack.apiUrl] });
  for (const apiParam of ['', `&apiURL=${encodeURIComponent(stack.apiUrl)}`]) {
    const token = await createSession({ allowed_integrations: ['demo-api-key'] });
    await page.goto(`${cdn.url}?session_token=${token}${apiParam}`);
    await expect(apiKeyField(page)).toBeVisible();
  }
  expect(evil.received).toEqual([]);
});

test('config.json is requested once, from the page before its script, and the widget uses that answer', async ({ page, stack, createSession }) => {
  cdn.setConfig({ apiURLs: [stack.apiUrl] });
  const requested: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('/config.json') || /\/assets\/index-[^/]+\.js$/.test(path)) requested.push(path.endsWith('.js') ? 'script' : 'config.json');
  });
  await page.goto(`${cdn.url}?session_token=${await createSession({ allowed_integrations: ['demo-api-key'] })}`);
  await expect(apiKeyField(page)).toBeVisible();
  // On its way while the script downloads and compiles; the script's own read is served from it.
  expect(requested).toEqual(['config.json', 'script']);
});

test('from the widget server the frame asks for no config.json: its deployment configuration is in the page', async ({ page, gotoHost, createSession, stack }) => {
  const fromFrame: string[] = [];
  page.on('request', (request) => {
    if (request.frame() !== page.mainFrame()) fromFrame.push(`${request.method()} ${request.url()}`);
  });
  await gotoHost(page);
  await page.evaluate((token) => window.pb.open({ sessionToken: token }), await createSession());
  const frame = widget(page);
  await expect(frame.getByRole('button', { name: 'Test API Key', exact: true })).toBeVisible();
  const beforeList = [...fromFrame];
  test.info().annotations.push({ type: 'requests from the frame before the list', description: beforeList.join('\n') });
  expect(beforeList.filter((request) => request.includes('config.json'))).toEqual([]);
  expect(beforeList.some((request) => request.startsWith(`GET ${stack.apiUrl}/`))).toBe(true); // the list did come from the API it names
  // The configuration it used is the widget server's: any other API is refused, naming the page's configuration.
  await gotoHost(page);
  await page.evaluate(({ apiURL, sessionToken }) => window.pb.open({ apiURL, sessionToken }), { apiURL: evil.url, sessionToken: await createSession() });
  await expect(frame.getByText(`may not talk to the API at ${evil.url}: its plugboard-config meta allows only ${stack.apiUrl}`)).toBeVisible();
  expect(fromFrame.filter((request) => request.includes('config.json'))).toEqual([]);
  expect(evil.received).toEqual([]);
});

test('with no deployment configuration the widget names the two ways to give one', async ({ page, createSession }) => {
  cdn.setConfig(null);
  await page.goto(`${cdn.url}?session_token=${await createSession()}`);
  await expect(page.getByText(/PLUGBOARD_API_URL/)).toBeVisible();
  await expect(page.getByText(/config\.json/)).toBeVisible();
});

test('a malformed config.json is named as such', async ({ page, createSession }) => {
  cdn.setConfig({ apiURLs: 'https://api.nango.dev' });
  await page.goto(`${cdn.url}?session_token=${await createSession()}`);
  await expect(page.getByText(/config\.json .*invalid/)).toBeVisible();
});

test('the SDK naming a foreign apiURL gets an error event, and the widget says why', async ({ page, gotoHost, createSession }) => {
  await gotoHost(page);
  const token = await createSession();
  await page.evaluate(({ apiURL, sessionToken }) => window.pb.open({ apiURL, sessionToken }), { apiURL: evil.url, sessionToken: token });
  await expect(widget(page).getByText(`may not talk to the API at ${evil.url}`)).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => window.pb.events.filter((event) => event.type === 'error').map((event) => event.payload)))
    .toEqual([expect.objectContaining({ errorType: 'invalid_request', errorCode: 'api_url_not_allowed' })]);
  expect(evil.received).toEqual([]);
});

test.describe('a widget built with PLUGBOARD_API_URL', () => {
  let outDir: string;
  let built: StaticWidgetHost;

  test.beforeAll(async ({ stack }) => {
    test.setTimeout(180_000);
    // What scripts/build.mjs does once it has checked PLUGBOARD_API_URL: the list goes into the build.
    outDir = mkdtempSync(join(tmpdir(), 'plugboard-built-api-'));
    process.env.PLUGBOARD_WIDGET_API_URLS = stack.apiUrl;
    try {
      await build({ mode: 'ui', configFile: 'vite.config.ts', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    } finally {
      delete process.env.PLUGBOARD_WIDGET_API_URLS;
    }
    built = await startStaticWidgetHost(outDir);
    // A config.json naming the foreign server is ignored: the built-in list wins.
    built.setConfig({ apiURLs: [evil.url] });
  });

  test.afterAll(async () => {
    await built.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  test('uses its built-in API by default and refuses any other, whatever config.json says', async ({ page, stack, createSession }) => {
    await page.goto(`${built.url}?session_token=${await createSession({ allowed_integrations: ['demo-api-key'] })}`);
    await expect(apiKeyField(page)).toBeVisible();

    await page.goto(`${built.url}?session_token=${await createSession()}&apiURL=${encodeURIComponent(evil.url)}`);
    await expect(page.getByText(`may not talk to the API at ${evil.url}: its PLUGBOARD_API_URL (set when it was built) allows only ${stack.apiUrl}`)).toBeVisible();
    expect(evil.received).toEqual([]);
  });
});
