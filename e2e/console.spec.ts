import AxeBuilder from '@axe-core/playwright';
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { collectCspViolations } from './support/csp-violations';
import { expect, test, widget } from './support/fixtures';

// Issue 8: the setup steps of a Connect UI guide, in the console — configure an integration, test it with
// Add connection through the widget, see the connection, see the creation webhook delivered.

interface Receiver {
  url: string;
  bodies: string[];
  close: () => Promise<void>;
}

/** A customer's webhook endpoint: answers 200 and keeps every body. */
async function startReceiver(): Promise<Receiver> {
  const bodies: string[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      bodies.push(body);
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/webhooks`, bodies, close: () => new Promise((done) => server.close(() => done())) };
}

/** The suite shares one server: put back what the console test changed, even when it failed. */
async function restoreServer(apiUrl: string, secretKey: string) {
  const headers = { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' };
  await fetch(`${apiUrl}/integrations/console-api-key`, { method: 'DELETE', headers: { authorization: headers.authorization } });
  await fetch(`${apiUrl}/plugboard/environment/webhook`, { method: 'PATCH', headers, body: JSON.stringify({ primary_url: '' }) });
}

async function signIn(page: Page, apiUrl: string, secretKey: string) {
  await page.goto(`${apiUrl}/console/`);
  await expect(page.getByLabel('Secret key')).toBeFocused();
  await page.getByLabel('Secret key').fill(secretKey);
  await page.getByRole('button', { name: 'Open the console' }).click();
  await expect(page.getByRole('tab', { name: 'Integrations' })).toHaveAttribute('aria-selected', 'true');
}

test('configure an API-key integration, add a connection through the widget, see it and its webhook', async ({ page, stack }) => {
  const csp = await collectCspViolations(page.context());
  const receiver = await startReceiver();
  try {
    await signIn(page, stack.apiUrl, stack.secretKey);

    // Environment settings: the webhook URL and "Send new connection creation webhooks".
    await page.getByRole('tab', { name: 'Environment settings' }).click();
    await page.getByLabel('Webhook URL').fill(receiver.url);
    await page.getByRole('button', { name: 'Save URL' }).click();
    await expect(page.getByText('Saved.')).toBeVisible();
    await expect(page.getByLabel('Send new connection creation webhooks')).toBeChecked();

    // Integrations: configure a new API-key integration; nothing to configure but its ID.
    await page.getByRole('tab', { name: 'Integrations' }).click();
    await page.getByRole('button', { name: 'Configure new integration' }).click();
    const dialog = page.getByRole('dialog', { name: 'Configure new integration' });
    await expect(dialog.getByLabel('Search APIs')).toBeFocused();
    await page.keyboard.type('api key');
    await dialog.getByRole('button', { name: /Test API Key/ }).click();
    await expect(dialog.getByText(/Nothing to configure/)).toBeVisible();
    await dialog.getByLabel('Integration ID').fill('bad key!');
    await dialog.getByRole('button', { name: 'Save integration' }).click();
    await expect(dialog.getByText('Use only letters, digits, spaces and ~ : . @ _ -.')).toBeVisible();
    // Save seems to do nothing unless focus goes to the error, which sits above Save.
    await expect(dialog.getByLabel('Integration ID')).toBeFocused();
    await expect(dialog.getByLabel('Integration ID')).toBeInViewport();
    await dialog.getByLabel('Integration ID').fill('console-api-key');
    await dialog.getByLabel('Display name').fill('Console API Key');
    await dialog.getByRole('button', { name: 'Save integration' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByText('console-api-key was saved.')).toBeVisible();
    await expect(page.getByRole('row', { name: /console-api-key/ })).toContainText('API_KEY');

    // Add connection: our SDK opens the widget with a session restricted to this integration.
    await page.getByRole('button', { name: 'Add connection: console-api-key' }).click();
    const frame = widget(page);
    await expect(frame.getByRole('heading', { name: 'Connect Console API Key' })).toBeVisible();
    await frame.getByLabel('API Key', { exact: true }).fill('test_console_key');
    await frame.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(frame.getByRole('heading', { name: 'Console API Key is connected' })).toBeVisible();
    await frame.getByRole('button', { name: 'Done' }).click();
    await expect(page.locator('#connect-ui')).toHaveCount(0);
    await expect(page.getByText('A new connection to console-api-key was created.')).toBeVisible();

    // Connections, through the link beside that status: listed without a reload; credentials masked until revealed.
    await page.getByRole('button', { name: 'See it in Connections' }).click();
    await expect(page.getByRole('tab', { name: 'Connections' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByText('A new connection to console-api-key was created.')).toHaveCount(0);
    const row = page.getByRole('row', { name: /console-api-key/ });
    await expect(row).toContainText('Console test');
    await expect(row).toContainText('API_KEY');
    await row.getByRole('button', { name: 'Show credentials' }).click();
    await expect(page.getByText('test_console_key')).toHaveCount(0);
    await page.getByRole('button', { name: 'Reveal apiKey' }).click();
    await expect(page.getByText('test_console_key')).toBeVisible();

    // Reconnect: the widget opens on the same integration; the connection keeps its id.
    const connectionId = (await row.locator('code').last().textContent()) ?? '';
    await row.getByRole('button', { name: 'Reconnect' }).click();
    await frame.getByLabel('API Key', { exact: true }).fill('test_rotated_key');
    await frame.getByRole('button', { name: 'Connect', exact: true }).click();
    await frame.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByText('The connection was re-authorised.')).toBeVisible();
    await expect(page.getByRole('row', { name: /console-api-key/ }).locator('code').last()).toHaveText(connectionId);

    // Environment settings: the creation webhook, delivered.
    await page.getByRole('tab', { name: 'Environment settings' }).click();
    await expect(async () => {
      await page.getByRole('button', { name: 'Refresh' }).click();
      await expect(page.getByRole('row', { name: /auth · creation · console-api-key/ })).toContainText('Delivered (HTTP 200)', { timeout: 1000 });
    }).toPass({ timeout: 10_000 });
    expect(receiver.bodies.some((body) => body.includes('"providerConfigKey":"console-api-key"'))).toBe(true);

    // Resend: a second delivery of the same body.
    const before = receiver.bodies.length;
    await page.getByRole('row', { name: /auth · creation · console-api-key/ }).first().getByRole('button', { name: 'Resend' }).click();
    await expect(page.getByText('Sent again.')).toBeVisible();
    expect(receiver.bodies.length).toBe(before + 1);

    // Delete the integration: the confirmation warns that its connection goes too.
    await page.getByRole('tab', { name: 'Integrations' }).click();
    await page.getByRole('button', { name: 'Delete console-api-key' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete console-api-key?' });
    await expect(confirm).toContainText('Its 1 connection will be deleted too');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByText('console-api-key was deleted.')).toBeVisible();
    await page.getByRole('tab', { name: 'Connections' }).click();
    await expect(page.getByRole('row', { name: /console-api-key/ })).toHaveCount(0);
    expect(csp.all()).toEqual([]);
  } finally {
    await restoreServer(stack.apiUrl, stack.secretKey);
    await receiver.close();
  }
});

test('the header names the environment; switching to prod asks for its key and shows only prod, and back to dev without asking', async ({ page, stack }) => {
  const prod = { authorization: `Bearer ${stack.prodSecretKey}`, 'content-type': 'application/json' };
  const created = await fetch(`${stack.apiUrl}/integrations`, { method: 'POST', headers: prod, body: JSON.stringify({ provider: 'test-none', unique_key: 'prod-console' }) });
  expect(created.status).toBe(200);
  try {
    await signIn(page, stack.apiUrl, stack.secretKey);
    const header = page.getByRole('banner');
    await expect(header.getByText('Environment: dev')).toBeVisible();
    await expect(page.getByRole('row', { name: /demo-api-key/ })).toBeVisible();

    const switcher = header.getByRole('group', { name: 'Environment' });
    await switcher.getByRole('button', { name: 'prod' }).click();
    await expect(page.getByLabel('Secret key of prod')).toBeFocused();
    await page.getByLabel('Secret key of prod').fill(stack.secretKey);
    await page.getByRole('button', { name: 'Switch to prod' }).click();
    await expect(page.getByText('This key opens dev, not prod.')).toBeVisible();
    await page.getByLabel('Secret key of prod').fill(stack.prodSecretKey);
    await page.getByRole('button', { name: 'Switch to prod' }).click();
    await expect(header.getByText('Environment: prod')).toBeVisible();
    await expect(switcher.getByRole('button', { name: 'prod' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('row', { name: /prod-console/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /demo-api-key/ })).toHaveCount(0);

    await switcher.getByRole('button', { name: 'dev' }).click();
    await expect(header.getByText('Environment: dev')).toBeVisible();
    await expect(page.getByRole('row', { name: /demo-api-key/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /prod-console/ })).toHaveCount(0);
  } finally {
    await fetch(`${stack.apiUrl}/integrations/prod-console`, { method: 'DELETE', headers: { authorization: prod.authorization } });
  }
});

test('the integration form pins the hosts an OAuth integration may be pointed at, and shows them again', async ({ page, stack }) => {
  const admin = { authorization: `Bearer ${stack.secretKey}`, 'content-type': 'application/json' };
  try {
    await signIn(page, stack.apiUrl, stack.secretKey);
    await page.getByRole('button', { name: 'Edit demo-oauth2', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit demo-oauth2', exact: true });
    const field = dialog.getByLabel('Allowed hosts');
    await expect(field).toHaveValue('');
    await field.fill('https://canvas.acme.edu/');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(dialog.getByText('Enter host names such as canvas.example.edu or *.example.edu, without https:// or a path.')).toBeVisible();
    await field.fill('canvas.acme.edu, *.instructure.com');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('demo-oauth2 was saved.')).toBeVisible();
    const stored = await (await fetch(`${stack.apiUrl}/integrations/demo-oauth2?include=allowed_hosts`, { headers: admin })).json();
    expect(stored.data.allowed_hosts).toEqual(['canvas.acme.edu', '*.instructure.com']);
    await page.getByRole('button', { name: 'Edit demo-oauth2', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Edit demo-oauth2', exact: true }).getByLabel('Allowed hosts')).toHaveValue('canvas.acme.edu, *.instructure.com');
  } finally {
    await fetch(`${stack.apiUrl}/integrations/demo-oauth2`, { method: 'PATCH', headers: admin, body: JSON.stringify({ allowed_hosts: null }) });
  }
});

test('the console loads without a single 404, and its favicon is an image it serves', async ({ page, stack }) => {
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() === 404) missing.push(response.url());
  });
  await signIn(page, stack.apiUrl, stack.secretKey);
  await expect(page.locator('link[rel="icon"]')).toHaveCount(1);
  const icon = await page.locator('link[rel="icon"]').evaluate((link: HTMLLinkElement) => link.href);
  const res = await page.request.get(icon);
  expect([res.status(), res.headers()['content-type']]).toEqual([200, 'image/svg+xml']);
  expect(missing).toEqual([]);
});

test('each form and docs page describes its provider; an empty search says how to load the real catalogue', async ({ page, stack }) => {
  await signIn(page, stack.apiUrl, stack.secretKey);
  await page.getByRole('button', { name: 'Configure new integration' }).click();
  const dialog = page.getByRole('dialog', { name: 'Configure new integration' });
  await dialog.getByLabel('Search APIs').fill('github');
  await expect(dialog.getByText('No API matches this search.')).toBeVisible();
  await expect(dialog.getByText('PLUGBOARD_PROVIDERS_YAML=/absolute/path/to/providers.yaml npm start')).toBeVisible();
  await expect(dialog.getByText('npm run start:nango-catalogue')).toBeVisible();

  // Token-based auth: optional client credentials, no OAuth box and no callback URL.
  await dialog.getByLabel('Search APIs').fill('token-based');
  await dialog.getByRole('button', { name: /Test Token-Based Auth/ }).click();
  await expect(dialog.getByLabel('Client ID')).toBeVisible();
  await expect(dialog.getByText('Callback URL')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Choose another API' }).click();

  // OAuth2: the callback URL, and a docs page about Allow and Deny, not someone else's fields.
  await dialog.getByLabel('Search APIs').fill('oauth2');
  await dialog.getByRole('button', { name: /Test OAuth2 OAUTH2/ }).click();
  await expect(dialog.getByText('Callback URL')).toBeVisible();
  const docs = await dialog.getByRole('link', { name: 'Provider documentation' }).getAttribute('href');
  const docsPage = await page.context().newPage();
  await docsPage.goto(docs ?? '');
  await expect(docsPage.getByRole('heading', { name: 'How to connect Test OAuth2' })).toBeVisible();
  await expect(docsPage.locator('main')).toContainText('Allow');
  await expect(docsPage.locator('main')).toContainText('Deny');
  await expect(docsPage.locator('main')).not.toContainText('Region');
  await docsPage.close();
});

test('an app-install integration is configured with its app id, public link and private key, and shows them again', async ({ page, stack }) => {
  const admin = { authorization: `Bearer ${stack.secretKey}` };
  const privateKey = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } }).privateKey;
  try {
    await signIn(page, stack.apiUrl, stack.secretKey);
    await page.getByRole('button', { name: 'Configure new integration' }).click();
    const dialog = page.getByRole('dialog', { name: 'Configure new integration' });
    await dialog.getByLabel('Search APIs').fill('App Install');
    await dialog.getByRole('button', { name: 'Test App Install APP' }).click();
    await expect(dialog.getByText(`${stack.apiUrl}/app-auth/connect`)).toBeVisible();
    await dialog.getByLabel('Integration ID').fill('console-app');
    await dialog.getByLabel('App ID').fill('4242');
    await dialog.getByLabel('App public link').fill('https://github.com/apps/console-app');
    await dialog.getByLabel('Private key').fill(privateKey);
    await dialog.getByRole('button', { name: 'Save integration' }).click();
    await expect(page.getByRole('row', { name: /console-app/ })).toContainText('APP');
    const stored = await (await fetch(`${stack.apiUrl}/integrations/console-app?include=credentials`, { headers: admin })).json();
    expect(stored.data.credentials).toEqual({ type: 'APP', app_id: '4242', app_link: 'https://github.com/apps/console-app', private_key: privateKey.trim() });
    await page.getByRole('button', { name: 'Edit console-app', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Edit console-app', exact: true }).getByLabel('App ID')).toHaveValue('4242');
  } finally {
    await fetch(`${stack.apiUrl}/integrations/console-app`, { method: 'DELETE', headers: admin });
  }
});

test('a wrong key is refused with the server’s words, and nothing of the console shows', async ({ page, stack }) => {
  await page.goto(`${stack.apiUrl}/console/`);
  await page.getByLabel('Secret key').fill('00000000-0000-4000-8000-000000000000');
  await page.getByRole('button', { name: 'Open the console' }).click();
  await expect(page.getByRole('alert')).toContainText('does not match any account');
  await expect(page.getByRole('tablist')).toHaveCount(0);
});

test('tabs and dialogs work from the keyboard: arrows move tabs, Escape closes and focus returns', async ({ page, stack }) => {
  await signIn(page, stack.apiUrl, stack.secretKey);
  await page.getByRole('tab', { name: 'Integrations' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Connections' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Connections' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'Environment settings' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(page.getByRole('heading', { name: 'Integrations', level: 2 })).toBeVisible();

  const opener = page.getByRole('button', { name: 'Delete demo-basic' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Delete demo-basic?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
});

/** Zero axe violations (WCAG 2.x A/AA) on the console's own document, once its animations settled. */
async function scan(page: Page, screen: string) {
  await page.evaluate(async () => {
    const finite = document.getAnimations().filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity);
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
  });
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const found = results.violations.map((violation) => ({ rule: violation.id, targets: violation.nodes.map((node) => node.target.join(' ')) }));
  expect.soft(found, `axe violations on ${screen}`).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every console screen passes axe in ${colorScheme}`, async ({ page, stack }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${stack.apiUrl}/console/`);
    await scan(page, 'sign-in');
    await signIn(page, stack.apiUrl, stack.secretKey);
    await expect(page.getByRole('row', { name: /demo-api-key/ })).toBeVisible();
    await scan(page, 'integrations');
    await page.getByRole('button', { name: 'Configure new integration' }).click();
    await expect(page.getByRole('button', { name: /Test OAuth2 OAUTH2/ })).toBeVisible();
    await scan(page, 'provider catalogue');
    await page.getByRole('button', { name: /Test OAuth2 OAUTH2/ }).click();
    await page.getByRole('button', { name: 'Save integration' }).click();
    await expect(page.getByText('Enter the client ID from the provider’s developer portal.')).toBeVisible();
    await scan(page, 'OAuth form with errors');
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Connections' }).click();
    await expect(page.getByRole('heading', { name: 'Connections', level: 2 })).toBeVisible();
    await scan(page, 'connections');
    await page.getByRole('tab', { name: 'Environment settings' }).click();
    await expect(page.getByRole('heading', { name: 'Last webhook deliveries' })).toBeVisible();
    await scan(page, 'environment settings');
  });
}
