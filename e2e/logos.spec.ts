import { createServer } from 'node:http';
import { startUiServer, type RunningUiServer } from '../src/server/ui/server';
import { freePort } from './support/ports';
import { expect, test } from './support/fixtures';

// Nango builds logo URLs from its public server URL, which is often another origin than its API
// (Nango Cloud serves them from its dashboard's host). Logos load from the API and from the image
// origins the deployment names; any other origin stays blocked by the CSP and shows a letter tile.

interface LogoHost {
  url: string;
  requests: number;
  close: () => Promise<void>;
}

async function startLogoHost(host: string): Promise<LogoHost> {
  const port = await freePort(host);
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><rect width="16" height="16" fill="#36c"/></svg>';
  const site: LogoHost = { url: `http://${host}:${port}`, requests: 0, close: async () => {} };
  const server = createServer((_req, res) => {
    site.requests += 1;
    res.writeHead(200, { 'content-type': 'image/svg+xml' }).end(svg);
  });
  await new Promise<void>((done) => server.listen(port, host, done));
  site.close = () =>
    new Promise((done) => {
      server.close(() => done());
      server.closeAllConnections();
    });
  return site;
}

let listed: LogoHost;
let unlisted: LogoHost;
let ui: RunningUiServer;

test.beforeAll(async ({ stack }) => {
  [listed, unlisted] = await Promise.all([startLogoHost('127.0.0.5'), startLogoHost('127.0.0.6')]);
  ui = await startUiServer({ port: 0, distDir: 'dist/ui', apiUrl: stack.apiUrl, imageOrigins: [listed.url], log: () => {} });
});

test.afterAll(async () => {
  await Promise.all([listed.close(), unlisted.close(), ui.close()]);
});

test('a logo from a configured image origin loads; one from an unlisted origin is blocked and shows a letter tile', async ({ page, stack, createSession }) => {
  // The real list, with its two logos moved to the two logo hosts (as a Nango whose public URL is not its API's).
  await page.route(`${stack.apiUrl}/integrations`, async (route) => {
    if (route.request().method() !== 'GET') return route.continue();
    const response = await route.fetch();
    const json = (await response.json()) as { data: { unique_key: string; logo?: string }[] };
    for (const integration of json.data) {
      integration.logo = `${integration.unique_key === 'demo-api-key' ? listed.url : unlisted.url}/logo.svg`;
    }
    await route.fulfill({ response, json });
  });
  const token = await createSession({ allowed_integrations: ['demo-api-key', 'demo-basic'] });
  await page.goto(`${ui.url}?session_token=${token}`);

  const listedRow = page.getByRole('button', { name: 'Test API Key', exact: true });
  const unlistedRow = page.getByRole('button', { name: 'Test Basic Auth', exact: true });
  await expect(listedRow.locator('img')).toBeVisible();
  await expect.poll(() => listedRow.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(unlistedRow.locator('.pb-logo-letter')).toHaveText('T');
  await expect(unlistedRow.locator('img')).toHaveCount(0);
  expect(listed.requests).toBeGreaterThan(0);
  expect(unlisted.requests).toBe(0);
});
