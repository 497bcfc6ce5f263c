import type { Frame, Page } from '@playwright/test';
import { collectCspViolations } from '../support/csp-violations';
import { expect, test, widget } from './support/fixtures';
import { answerSubmit, injectHostileData } from './support/hostile-api';
import { auditDom, htmlPayloads, recordImageSources } from './support/payloads';

// Markup in names, titles, descriptions, examples and error messages is shown as
// text; script and data URLs never become links or images; 5,000 integrations stay usable.

function widgetFrame(page: Page, uiUrl: string): Frame {
  const frame = page.frames().find((candidate) => candidate.url().startsWith(uiUrl));
  if (!frame) throw new Error('no widget frame');
  return frame;
}

/** Every `alert()`/`confirm()` any frame of the page tries: one would mean a payload ran. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

const cleanDom = { unsafeLinks: [], unsafeImages: [], injectedElements: 0, inlineHandlers: 0 };

test('markup and script URLs from the API are shown as text, never run, and never become links or images', async ({ page, context, gotoHost, createSession, stack }) => {
  const dialogs = watchDialogs(page);
  const csp = await collectCspViolations(context);
  await context.addInitScript(recordImageSources);
  await injectHostileData(page, stack.apiUrl, { bulk: 0 });
  await answerSubmit(page, stack.apiUrl, [
    { status: 400, json: { error: { code: 'connection_test_failed', message: htmlPayloads[0] } } },
    { status: 200, json: { connectionId: htmlPayloads[1], providerConfigKey: 'xss-0' } },
  ]);
  await gotoHost(page);
  await page.evaluate(async (token) => window.pb.open({ sessionToken: token }), await createSession());
  const frame = widget(page);
  await expect(frame.getByRole('searchbox')).toBeVisible();

  // The list: each name is the payload's literal text.
  for (const payload of htmlPayloads) await expect(frame.getByRole('button', { name: payload, exact: true })).toBeVisible();
  expect(await widgetFrame(page, stack.uiUrl).evaluate(auditDom)).toEqual(cleanDom);

  // The form: title, description, example, enum option, guide links.
  await frame.getByRole('button', { name: htmlPayloads[0], exact: true }).click();
  const apiKey = frame.getByRole('textbox', { name: htmlPayloads[0] });
  await expect(apiKey).toBeVisible();
  await expect(apiKey).toHaveAttribute('placeholder', `e.g. ${htmlPayloads[2]}`); // an example reads as a hint
  await expect(frame.getByText(htmlPayloads[1]).first()).toBeVisible();
  expect(await widgetFrame(page, stack.uiUrl).evaluate(auditDom)).toEqual(cleanDom);

  // The failure screen: the server's message, as text, and in the details.
  await apiKey.fill('test_value');
  await frame.getByRole('combobox').selectOption('eu');
  await frame.getByRole('button', { name: /^connect$/i }).click();
  await expect(frame.getByRole('alert')).toContainText(htmlPayloads[0]);
  await frame.getByRole('button', { name: /details/i }).click();
  expect(await widgetFrame(page, stack.uiUrl).evaluate(auditDom)).toEqual(cleanDom);

  // Success, with a connection id full of markup passed on to the host untouched.
  await frame.getByRole('button', { name: /try again/i }).click();
  await frame.getByRole('button', { name: /^connect$/i }).click();
  await expect(frame.getByRole('button', { name: /done/i })).toBeVisible();
  expect(await widgetFrame(page, stack.uiUrl).evaluate(auditDom)).toEqual(cleanDom);
  const events = await page.evaluate(() => window.pb.events);
  expect(events.at(-1)).toEqual({ type: 'connect', payload: { providerConfigKey: 'xss-0', connectionId: htmlPayloads[1] } });

  expect(dialogs).toEqual([]);
  expect(csp.all()).toEqual([]);
});

test('5,000 integrations: the list opens, and search finds one of them at once', async ({ page, gotoHost, createSession, stack }) => {
  await injectHostileData(page, stack.apiUrl, { bulk: 5_000 });
  await gotoHost(page);
  const openedAt = Date.now();
  await page.evaluate(async (token) => window.pb.open({ sessionToken: token }), await createSession());
  const frame = widget(page);
  const search = frame.getByRole('searchbox');
  // The list shows its first rows; a list this long renders only those in view (and a few more).
  await expect(frame.getByRole('listitem').first()).toBeVisible();
  const listMs = Date.now() - openedAt;

  const timings: number[] = [];
  for (const query of ['Bulk integration 4321', 'integration 17', 'logo case 3']) {
    const typedAt = Date.now();
    await search.fill(query);
    await expect(frame.getByRole('button', { name: new RegExp(query, 'i') }).first()).toBeVisible();
    timings.push(Date.now() - typedAt);
  }
  await expect(frame.getByRole('button', { name: 'Bulk integration 4321', exact: true })).toHaveCount(0);
  await search.fill('Bulk integration 4321');
  await expect(frame.getByRole('button', { name: 'Bulk integration 4321', exact: true })).toBeVisible();
  const rows = await widgetFrame(page, stack.uiUrl).evaluate(() => document.querySelectorAll('li').length);
  console.log(`5,000 integrations: list shown ${listMs} ms after open; search to first match ${timings.join(' / ')} ms; ${rows} rows in the DOM`);

  await search.fill('');
  const rowsInDom = await widgetFrame(page, stack.uiUrl).evaluate(() => document.querySelectorAll('li').length);
  expect(rowsInDom).toBeLessThan(500); // windowed: thousands of rows are never all in the DOM
});


test('a provider pattern that backtracks catastrophically does not freeze the form', async ({ page, gotoHost, createSession, stack }) => {
  await page.route(`${stack.apiUrl}/providers/**`, async (route) => {
    if (route.request().method() !== 'GET') return route.continue();
    const response = await route.fetch();
    const json = (await response.json()) as { data: { credentials: Record<string, Record<string, unknown>> } };
    json.data.credentials.apiKey.pattern = '^(a+)+$'; // exponential on "aaaa…!"
    await route.fulfill({ response, json });
  });
  await gotoHost(page);
  await page.evaluate(async (token) => window.pb.open({ sessionToken: token }), await createSession({ allowed_integrations: ['demo-api-key'] }));
  const apiKey = widget(page).getByRole('textbox', { name: 'API Key', exact: true });
  await expect(apiKey).toBeVisible();

  const startedAt = Date.now();
  await apiKey.fill(`${'a'.repeat(40)}!`);
  await apiKey.press('End');
  await apiKey.pressSequentially('b');
  await expect(apiKey).toHaveValue(`${'a'.repeat(40)}!b`);
  const elapsedMs = Date.now() - startedAt;
  console.log(`catastrophic pattern: 42 characters typed and echoed in ${elapsedMs} ms`);
  expect(elapsedMs).toBeLessThan(5_000);
});
