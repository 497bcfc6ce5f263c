import AxeBuilder from '@axe-core/playwright';
import type { FrameLocator, Page } from '@playwright/test';
import { eventTypes, expect, test, widget } from './support/fixtures';

// Inline embedding: `openConnectUI({ container })` puts the widget in a 320 px column of a long,
// scrolled host page. No overlay, no scroll lock, no inert page; the iframe is as tall as the
// widget's content; a region, not a modal dialog; axe finds nothing.

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function scan(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).include(['#connect-ui', 'html']).withTags(tags).analyze();
  const found = results.violations.map((violation) => ({ rule: violation.id, targets: violation.nodes.map((node) => node.target.join(' >>> ')) }));
  expect.soft(found, `axe violations on ${screen}`).toEqual([]);
  await page.bringToFront();
}

const iframeHeight = (page: Page) => page.locator('#slot > iframe').evaluate((iframe) => iframe.getBoundingClientRect().height);
const contentHeight = (frame: FrameLocator) => frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));

/** The iframe is exactly as tall as what the widget shows, and returns that height. */
async function expectFitted(page: Page): Promise<number> {
  const frame = widget(page);
  await expect.poll(async () => (await iframeHeight(page)) - (await contentHeight(frame))).toBe(0);
  return iframeHeight(page);
}

test('inline in a 320 px column of a scrolled page: the page stays usable, the height follows the content, an API key connects, axe finds nothing', async ({ page, gotoHost, createSession }) => {
  test.setTimeout(90_000);
  await gotoHost(page, 'host-inline.html');
  await page.locator('#slot').scrollIntoViewIfNeeded();
  const scrolledTo = await page.evaluate(() => window.scrollY);
  expect(scrolledTo).toBeGreaterThan(0);
  const token = await createSession();
  await page.evaluate((t) => window.pb.open({ container: '#slot', sessionToken: t }), token);

  const frame = widget(page);
  await expect(frame.getByRole('searchbox')).toBeVisible();
  // Inside the container, as wide as it, in the flow of the page: no overlay.
  await expect(page.locator('#slot > iframe#connect-ui')).toHaveCount(1);
  expect(await page.locator('#slot > iframe').evaluate((iframe) => [iframe.getBoundingClientRect().width, getComputedStyle(iframe).position])).toEqual([320, 'static']);
  // No scroll lock, nothing inert, focus left where it was, and the page keeps scrolling and working.
  expect(await page.evaluate(() => [document.body.style.overflow, document.querySelectorAll('[inert]').length, document.activeElement?.tagName])).toEqual(['', 0, 'BODY']);
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolledTo);
  await page.mouse.wheel(0, 600);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolledTo);
  await page.getByRole('button', { name: 'Host action' }).click();
  await expect(page.getByText('The host page still works')).toBeVisible();

  // A labelled region, not a modal dialog; no close button unless asked.
  await expect(frame.getByRole('region', { name: 'Connect an account' })).toBeVisible();
  await expect(frame.getByRole('dialog')).toHaveCount(0);
  await expect(frame.locator('[aria-modal]')).toHaveCount(0);
  await expect(frame.getByRole('button', { name: 'Close' })).toHaveCount(0);
  await frame.getByRole('searchbox').press('Escape');
  await expect(page.locator('#slot > iframe')).toHaveCount(1);

  // The height follows the content: the list, a filtered list (shorter), its form (taller).
  const listHeight = await expectFitted(page);
  await scan(page, 'inline list');
  await frame.getByRole('searchbox').fill('Test API Key');
  await expect(frame.getByRole('button', { name: 'Test Basic Auth' })).toHaveCount(0);
  const filteredHeight = await expectFitted(page);
  expect(filteredHeight).toBeLessThan(listHeight);
  await frame.getByRole('button', { name: 'Test API Key' }).click();
  await expect(frame.getByLabel('API Key', { exact: true })).toBeVisible();
  expect(await expectFitted(page)).toBeGreaterThan(filteredHeight);
  await scan(page, 'inline form');
  await frame.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(frame.getByText('This field is required').first()).toBeVisible();
  await expectFitted(page);

  await frame.getByLabel('API Key', { exact: true }).fill('test_inline_secret_42');
  await frame.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(frame.getByRole('heading', { name: 'Test API Key is connected' })).toBeVisible();
  await expectFitted(page);
  await scan(page, 'inline success');
  await expect.poll(() => eventTypes(page)).toEqual(['ready', 'connect']);

  // close() takes the iframe away and leaves the page as it was.
  await page.evaluate(() => window.pb.ui?.close());
  await expect(page.locator('iframe')).toHaveCount(0);
  expect(await page.evaluate(() => [document.body.style.overflow, document.querySelectorAll('[inert]').length])).toEqual(['', 0]);
});

test('inline with showClose: the close button closes it and removes the iframe', async ({ page, gotoHost, createSession }) => {
  await gotoHost(page, 'host-inline.html');
  await page.evaluate(async (t) => window.pb.open({ container: '#slot', showClose: true, sessionToken: t }), await createSession());
  const frame = widget(page);
  await expect(frame.getByRole('searchbox')).toBeVisible();
  await frame.getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('iframe')).toHaveCount(0);
  expect(await eventTypes(page)).toEqual(['ready', 'close']);
});

test('Nango\'s own SDK opening our widget inline-capable: it passes our extra messages on untouched and nothing breaks', async ({ page, gotoHost, stack, createSession }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => void (message.type() === 'error' && pageErrors.push(message.text())));
  await gotoHost(page, 'host-nango.html');
  // Nango's SDK keeps the query of its baseURL: the only way a Nango host gets these messages.
  const baseURL = `${stack.uiUrl}${stack.uiUrl.endsWith('/') ? '' : '/'}?inline=true&events=all`;
  await page.evaluate(async ([t, url]) => window.pb.open({ sessionToken: t, baseURL: url }), [await createSession(), baseURL] as const);
  const frame = widget(page);
  await expect(frame.getByRole('searchbox')).toBeVisible();
  await expect.poll(async () => new Set(await eventTypes(page))).toEqual(new Set(['ready', 'resize', 'step']));
  await frame.getByRole('button', { name: 'Test API Key' }).click();
  await expect(frame.getByLabel('API Key', { exact: true })).toBeVisible();
  expect(pageErrors).toEqual([]);
});
