import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import { bulkKey, bulkName } from './support/bulk-integrations';
import { collectCspViolations } from './support/csp-violations';
import { startBulkStack, type BulkStack } from './support/bulk-stack';
import { expect, test, widget } from './support/fixtures';

// A session allowing 5,000 integrations, from the real reference API: the list shows a window of
// rows that moves with scrolling and the arrow keys, every row says where it is in the whole
// list, search reaches all of them, and the list passes axe.

const count = 5_000;
// The rows in view in a dialog of at most 700 px, plus the overscan on each side: far below 5,000.
const mostRowsInDom = 60;
let bulk: BulkStack;

test.beforeAll(async () => {
  bulk = await startBulkStack(count);
});

test.afterAll(async () => {
  await bulk.close();
});

async function createBulkSession(): Promise<string> {
  const allowed = Array.from({ length: count }, (_, index) => bulkKey(index));
  const response = await fetch(`${bulk.apiUrl}/connect/sessions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${bulk.secretKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ end_user: { id: 'e2e-bulk-user' }, allowed_integrations: allowed }),
  });
  const json = (await response.json()) as { data?: { token?: string } };
  if (response.status !== 201 || !json.data?.token) throw new Error(`session: ${response.status} ${JSON.stringify(json)}`);
  return json.data.token;
}

async function openBulkList(page: Page) {
  const query = new URLSearchParams({ ui: bulk.uiUrl, api: bulk.apiUrl });
  await page.goto(`${bulk.hostUrl}/pages/host.html?${query}`);
  await page.waitForFunction(() => 'pb' in window);
  await page.evaluate((sessionToken) => window.pb.open({ sessionToken }), await createBulkSession());
  const frame = widget(page);
  await expect(frame.getByRole('button', { name: bulkName(0), exact: true })).toBeVisible();
  return frame;
}

function widgetFrame(page: Page): Frame {
  const frame = page.frames().find((candidate) => candidate.url().startsWith(bulk.uiUrl));
  if (!frame) throw new Error('no widget frame');
  return frame;
}

/** The rows in the DOM: their names and where each says it is ("posinset of setsize"). */
const renderedRows = (page: Page) =>
  widgetFrame(page).evaluate(() =>
    [...document.querySelectorAll('li')].map((item) => ({
      name: item.textContent ?? '',
      at: Number(item.getAttribute('aria-posinset')),
      of: Number(item.getAttribute('aria-setsize')),
    })),
  );

test('5,000 integrations: a window of rows in the DOM, each placed in the whole list, moving with the scroll', async ({ page, context }) => {
  const csp = await collectCspViolations(context); // rows are placed from script, under the widget's strict CSP
  const frame = await openBulkList(page);
  const first = await renderedRows(page);
  expect(first.length).toBeGreaterThan(3);
  expect(first.length).toBeLessThan(mostRowsInDom);
  expect(first.slice(0, 3)).toEqual([0, 1, 2].map((index) => ({ name: bulkName(index), at: index + 1, of: count })));
  expect(first.every(({ of }) => of === count)).toBe(true);

  // Scrolled to the middle: the rows there, and still only a window of them.
  await widgetFrame(page).evaluate(() => {
    const body = document.querySelector('.pb-body');
    const list = document.querySelector('.pb-list');
    if (!body || !list) throw new Error('no list');
    const listTop = list.getBoundingClientRect().top - body.getBoundingClientRect().top + body.scrollTop;
    body.scrollTop = listTop + ((list as HTMLElement).offsetHeight * 2500) / 5000;
  });
  await expect(frame.getByRole('button', { name: bulkName(2500), exact: true })).toBeInViewport();
  const middle = await renderedRows(page);
  expect(middle.length).toBeLessThan(mostRowsInDom);
  expect(middle.find(({ name }) => name === bulkName(2500))).toEqual({ name: bulkName(2500), at: 2501, of: count });
  expect(middle.some(({ name }) => name === bulkName(0))).toBe(false);
  expect(csp.all()).toEqual([]);
});

test('5,000 integrations: the arrow keys cross the edge of the window, End and Home reach both ends', async ({ page }) => {
  const frame = await openBulkList(page);
  const search = frame.getByRole('searchbox');
  await expect(search).toBeFocused();
  const rowsAtStart = (await renderedRows(page)).length;
  await page.keyboard.press('ArrowDown');
  await expect(frame.getByRole('button', { name: bulkName(0), exact: true })).toBeFocused();
  // Past every row rendered at the start, then back across that edge.
  for (let index = 1; index <= rowsAtStart + 5; index++) await page.keyboard.press('ArrowDown');
  const below = frame.getByRole('button', { name: bulkName(rowsAtStart + 5), exact: true });
  await expect(below).toBeFocused();
  await expect(below).toBeInViewport();
  for (let index = 0; index < 10; index++) await page.keyboard.press('ArrowUp');
  await expect(frame.getByRole('button', { name: bulkName(rowsAtStart - 5), exact: true })).toBeFocused();

  await page.keyboard.press('End');
  const last = frame.getByRole('button', { name: bulkName(count - 1), exact: true });
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport();
  expect((await renderedRows(page)).length).toBeLessThan(mostRowsInDom);
  // Scrolled back to the top by other means (a wheel): the focused row stays, and keeps focus.
  await widgetFrame(page).evaluate(() => document.querySelector('.pb-body')?.scrollTo({ top: 0 }));
  await expect(frame.getByRole('button', { name: bulkName(0), exact: true })).toBeInViewport();
  await expect(last).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(frame.getByRole('button', { name: bulkName(count - 2), exact: true })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(frame.getByRole('button', { name: bulkName(0), exact: true })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(search).toBeFocused();
});

test('5,000 integrations: search finds one near the end, and choosing it opens its form', async ({ page }) => {
  const frame = await openBulkList(page);
  const search = frame.getByRole('searchbox');
  await search.fill('integration 4987');
  await expect(frame.getByRole('button', { name: bulkName(4987), exact: true })).toBeVisible();
  expect(await renderedRows(page)).toEqual([{ name: bulkName(4987), at: 1, of: 1 }]);
  await search.fill('no such integration');
  await expect(frame.getByText('No integration matches “no such integration”.')).toBeVisible();
  await search.fill('Bulk integration 4987');
  await expect(frame.getByRole('button', { name: bulkName(4987), exact: true })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(frame.getByRole('button', { name: bulkName(4987), exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(frame.getByRole('heading', { name: `Connect ${bulkName(4987)}` })).toBeVisible();
  await expect(frame.getByRole('textbox', { name: 'API Key' })).toBeVisible();
});

test('5,000 integrations: the list has no axe violations', async ({ page }) => {
  await openBulkList(page);
  const results = await new AxeBuilder({ page }).include(['#connect-ui', 'html']).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' >>> ')).join(', ')}`)).toEqual([]);
});
