import type { Page, Route } from '@playwright/test';
import { eventTypes, expect, test, widget } from './support/fixtures';
import { openOAuthForm, outcomes } from './support/oauth-helpers';

// Issue 14: the OAuth code (popup, WebSocket, redirect, the waiting screen) is a chunk of its own.
// An API-key connect never downloads it; an OAuth connect works when it is not there yet at the
// click; a chunk that cannot load is a clear failure whose "Try again" works.

const oauthChunk = /\/assets\/oauth-[\w-]+\.js$/;
const name = 'Test OAuth2';

/** Every script the widget's frame requested, by path. */
function scriptsRequested(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
}

test('an API-key connect never requests the OAuth chunk', async ({ page, gotoHost, createSession }) => {
  const scripts = scriptsRequested(page);
  await gotoHost(page);
  const token = await createSession({ allowed_integrations: ['demo-api-key'] });
  await page.evaluate((t) => window.pb.open({ sessionToken: t }), token);
  const frame = widget(page);
  await frame.getByLabel('API Key', { exact: true }).fill('test_key');
  // Hovered, focused and pressed on its way to the click: none of it is OAuth intent here.
  await frame.getByRole('button', { name: 'Connect', exact: true }).hover();
  await frame.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(frame.getByRole('heading', { name: 'Test API Key is connected' })).toBeVisible();

  expect(scripts.some((path) => /\/assets\/connect-[\w-]+\.js$/.test(path)), scripts.join(', ')).toBe(true);
  expect(scripts.filter((path) => oauthChunk.test(path))).toEqual([]);
});

test('the OAuth form fetches the OAuth chunk before the click', async ({ page, gotoHost, createSession }) => {
  const scripts = scriptsRequested(page);
  await gotoHost(page);
  const frame = await openOAuthForm(page, await createSession({ allowed_integrations: ['demo-oauth2'] }));
  await expect.poll(() => scripts.filter((path) => oauthChunk.test(path)).length).toBe(1);
  await expect(frame.getByRole('button', { name: 'Connect', exact: true })).toBeVisible();
});

test('an OAuth connect works when the OAuth chunk arrives only after the click', async ({ page, gotoHost, createSession }) => {
  // The chunk is held back (a slow network) until Connect has been clicked.
  let clicked: () => void = () => {};
  const afterClick = new Promise<void>((resolve) => (clicked = resolve));
  await page.route(oauthChunk, async (route) => {
    await afterClick;
    await route.continue();
  });
  await gotoHost(page);
  const frame = await openOAuthForm(page, await createSession({ allowed_integrations: ['demo-oauth2'] }));

  const popupOpened = page.waitForEvent('popup');
  await frame.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(frame.getByRole('button', { name: 'Connecting…' })).toBeVisible();
  clicked();
  const popup = await popupOpened;
  await popup.getByRole('button', { name: 'Allow' }).click();
  await expect(frame.getByRole('heading', { name: `${name} is connected` })).toBeVisible();
  expect(await outcomes(page)).toEqual([
    { type: 'connect', payload: { providerConfigKey: 'demo-oauth2', connectionId: expect.any(String), isPending: false } },
  ]);
});

test('an OAuth chunk that cannot load is a clear failure, and Try again loads it and connects', async ({ page, gotoHost, createSession }) => {
  let isDeployed = false;
  const serveOrRefuse = (route: Route) => (isDeployed ? route.continue() : route.fulfill({ status: 404, body: 'not here' }));
  await page.route(oauthChunk, serveOrRefuse);
  await gotoHost(page);
  const frame = await openOAuthForm(page, await createSession({ allowed_integrations: ['demo-oauth2'] }));

  await frame.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(frame.getByRole('heading', { name: `We couldn’t connect ${name}` })).toBeVisible();
  await expect(frame.getByRole('alert')).toContainText('We couldn’t reach the server. Check your connection and try again.');
  expect(await outcomes(page)).toEqual([{ type: 'error', payload: expect.objectContaining({ errorType: 'network_error' }) }]);

  isDeployed = true;
  await frame.getByRole('button', { name: 'Try again' }).click();
  const popupOpened = page.waitForEvent('popup');
  await frame.getByRole('button', { name: 'Connect', exact: true }).click();
  await (await popupOpened).getByRole('button', { name: 'Allow' }).click();
  await expect(frame.getByRole('heading', { name: `${name} is connected` })).toBeVisible();
  expect(await eventTypes(page)).toEqual(['ready', 'error', 'connect']);
});
