import type { Page } from '@playwright/test';
import { eventTypes, expect, test, widget } from './support/fixtures';
import { failOnce, faults, holdOnce } from './support/faults';
import { submitApiKeyForm } from './support/widget-flow';

// Every broken answer ends in a clear screen, exactly one `error` event the host can
// switch on, a way to try again, and no lost input.

for (const fault of faults) {
  test(`loading the list, ${fault.name}: a clear failure, one ${fault.errorType} event, and Try again recovers`, async ({ page, gotoHost, createSession, stack }) => {
    await failOnce(page, `${stack.apiUrl}/integrations`, fault);
    await gotoHost(page);
    await page.evaluate(async (token) => window.pb.open({ sessionToken: token }), await createSession());
    const frame = widget(page);
    await expect(frame.getByRole('alert')).toBeVisible();
    await expect(frame.getByRole('alert')).not.toHaveText('');
    await expect(frame.getByRole('heading', { name: '502 Bad Gateway' })).toHaveCount(0); // the proxy's page is never rendered
    const events = await page.evaluate(() => window.pb.events);
    expect(events.map((event) => event.type)).toEqual(['ready', 'error']);
    expect(events[1]).toMatchObject({ type: 'error', payload: { errorType: fault.errorType } });

    await frame.getByRole('button', { name: 'Try again' }).click();
    await expect(frame.getByRole('searchbox')).toBeVisible();
    expect(await eventTypes(page)).toEqual(['ready', 'error']);
  });
}

test('a list that takes 30 s: progress shows and counts, Cancel stops waiting without an error event, Try again loads', async ({ page, gotoHost, createSession, stack }) => {
  const held = await holdOnce(page, `${stack.apiUrl}/integrations`, 'GET');
  await gotoHost(page);
  await page.evaluate(async (token) => window.pb.open({ sessionToken: token }), await createSession());
  const frame = widget(page);
  await expect(frame.getByText('This is taking longer than usual…')).toBeVisible({ timeout: 6_000 });
  await expect(frame.getByText(/^\d+ s$/)).toBeVisible();
  const first = Number((await frame.getByText(/^\d+ s$/).textContent())?.replace(' s', ''));
  await expect.poll(async () => Number((await frame.getByText(/^\d+ s$/).textContent())?.replace(' s', ''))).toBeGreaterThan(first);

  await frame.getByRole('button', { name: 'Cancel' }).click();
  await expect(frame.getByRole('alert')).toContainText('You stopped waiting');
  expect(await eventTypes(page)).toEqual(['ready']); // the user's own choice is not an error for the host
  held.release();
  await frame.getByRole('button', { name: 'Try again' }).click();
  await expect(frame.getByRole('searchbox')).toBeVisible();
  expect(held.wasHeld()).toBe(true);
});

test('a submit that never answers times out with a timeout event, and Try again keeps what the user typed', async ({ page, gotoHost, createSession, stack }) => {
  test.setTimeout(60_000);
  const held = await holdOnce(page, `${stack.apiUrl}/api-auth/api-key/**`, 'POST');
  await gotoHost(page);
  await page.evaluate(async (token) => window.pb.open({ sessionToken: token }), await createSession({ allowed_integrations: ['demo-api-key'] }));
  const frame = widget(page);
  await submitApiKeyForm(frame, 'test_slow_server');
  await expect(frame.getByRole('button', { name: /connecting/i })).toBeVisible();
  await expect(frame.getByText('This is taking longer than usual…')).toBeVisible({ timeout: 6_000 });
  await expect(frame.getByRole('alert')).toContainText('took too long', { timeout: 25_000 });
  const events = await page.evaluate(() => window.pb.events);
  expect(events.at(-1)).toMatchObject({ type: 'error', payload: { errorType: 'timeout' } });
  held.release();

  await frame.getByRole('button', { name: 'Try again' }).click();
  await expect(frame.getByRole('textbox', { name: 'API Key', exact: true })).toHaveValue('test_slow_server');
  await expect(frame.getByRole('combobox', { name: 'Region' })).toHaveValue('eu');
  await frame.getByRole('button', { name: /^connect$/i }).click();
  await expect(frame.getByRole('button', { name: /done/i })).toBeVisible();
  expect(await eventTypes(page)).toEqual(['ready', 'error', 'connect']);
});

test('offline, then back online: the load and the submit fail as network errors and succeed on Try again', async ({ page, context, gotoHost, createSession }) => {
  await gotoHost(page);
  await page.evaluate(() => window.pb.open());
  const frame = widget(page);
  await expect(frame.getByRole('status')).toBeVisible();

  await context.setOffline(true);
  await page.evaluate(async (token) => window.pb.ui?.setSessionToken(token), await createSession({ allowed_integrations: ['demo-api-key'] }));
  await expect(frame.getByRole('alert')).toContainText('couldn’t reach the server');
  await context.setOffline(false);
  // Offline before the widget could check its deployment or load: back online, it goes on by
  // itself, or offers Try again where the load itself failed.
  const tryAgain = frame.getByRole('button', { name: 'Try again' });
  const apiKey = frame.getByRole('textbox', { name: 'API Key', exact: true });
  await expect(tryAgain.or(apiKey)).toBeVisible();
  if (await tryAgain.isVisible()) await tryAgain.click();
  await expect(apiKey).toBeVisible();

  await context.setOffline(true);
  await submitApiKeyForm(frame, 'test_offline');
  await expect(frame.getByRole('alert')).toContainText('couldn’t reach the server');
  await context.setOffline(false);
  await frame.getByRole('button', { name: 'Try again' }).click();
  await expect(frame.getByRole('textbox', { name: 'API Key', exact: true })).toHaveValue('test_offline');
  await frame.getByRole('button', { name: /^connect$/i }).click();
  await expect(frame.getByRole('button', { name: /done/i })).toBeVisible();

  const events = await page.evaluate(() => window.pb.events);
  expect(events.map((event) => event.type)).toEqual(['ready', 'error', 'error', 'connect']);
  expect(events.filter((event) => event.type === 'error').map((event) => event.payload.errorType)).toEqual(['network_error', 'network_error']);
});

type Fixtures = { page: Page; gotoHost: (page: Page) => Promise<void>; createSession: (body?: { allowed_integrations?: string[] }) => Promise<string> };

/**
 * Opens the widget as a static host serves it, its config.json failing with `reason`, and waits for
 * the screen that says so. A static host serves the page without the configuration the widget
 * server embeds in it, so the widget reads config.json. (Removed as it is parsed: a page answered
 * by a route would lose its loopback address space, and Chromium would then block its requests to
 * the local API.)
 */
async function openWithConfigUnreachable({ page, gotoHost, createSession }: Fixtures, reason: 'internetdisconnected' | 'connectionreset') {
  await page.addInitScript(() =>
    new MutationObserver(() => document.querySelector('meta[name=plugboard-config]')?.remove()).observe(document, { childList: true, subtree: true }),
  );
  await page.route('**/config.json', (route) => route.abort(reason));
  await gotoHost(page);
  await page.evaluate((token) => window.pb.open({ sessionToken: token }), await createSession({ allowed_integrations: ['demo-api-key'] }));
  const frame = widget(page);
  await expect(frame.getByRole('alert')).toContainText('couldn’t reach the server');
  return frame;
}

test('config.json unreachable at start: a network error, not "no API configured", and the widget goes on once back online', async ({ page, context, gotoHost, createSession }) => {
  const frame = await openWithConfigUnreachable({ page, gotoHost, createSession }, 'internetdisconnected');
  await page.unroute('**/config.json');
  await context.setOffline(true);
  await context.setOffline(false); // the browser says it is online again
  await expect(frame.getByRole('textbox', { name: 'API Key', exact: true })).toBeVisible();
  const events = await page.evaluate(() => window.pb.events);
  expect(events.map((event) => [event.type, event.type === 'error' ? event.payload.errorType : null])).toEqual([['ready', null], ['error', 'network_error']]);
});

test('config.json unreachable while the browser reports online all along (a CDN blip): the widget checks again by itself and goes on', async ({ page, gotoHost, createSession }) => {
  const frame = await openWithConfigUnreachable({ page, gotoHost, createSession }, 'connectionreset');
  await page.unroute('**/config.json'); // no `online` event: the browser never saw itself offline
  await expect(frame.getByRole('textbox', { name: 'API Key', exact: true })).toBeVisible();
  expect(await eventTypes(page)).toEqual(['ready', 'error']); // its checks that failed again were no news
});

test('config.json unreachable: Try again on the screen checks at once (a new network_error while it still fails), and the widget goes on once it can be reached', async ({ page, gotoHost, createSession }) => {
  const frame = await openWithConfigUnreachable({ page, gotoHost, createSession }, 'internetdisconnected');
  await frame.getByRole('button', { name: 'Try again' }).click();
  await expect.poll(() => eventTypes(page)).toEqual(['ready', 'error', 'error']);
  await expect(frame.getByRole('alert')).toContainText('couldn’t reach the server');
  await page.unroute('**/config.json'); // the next check, the user's or its own, goes on
  await expect(frame.getByRole('textbox', { name: 'API Key', exact: true })).toBeVisible();
  expect(await eventTypes(page)).toEqual(['ready', 'error', 'error']);
});

test('the session revoked in the middle of a form: a clear screen, session_expired, and a fresh token resumes with the values kept', async ({ page, gotoHost, createSession, stack }) => {
  const token = await createSession({ allowed_integrations: ['demo-api-key'] });
  await gotoHost(page);
  await page.evaluate((t) => window.pb.open({ sessionToken: t }), token);
  const frame = widget(page);
  await frame.getByRole('textbox', { name: 'Workspace' }).fill('marketing');

  const revoked = await fetch(`${stack.apiUrl}/connect/session`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
  expect(revoked.status).toBe(204);
  await submitApiKeyForm(frame, 'test_resumed');
  await expect(frame.getByRole('heading', { name: 'This session has expired' })).toBeVisible();
  await expect(frame.getByRole('alert')).toContainText('Your answers are kept');
  const events = await page.evaluate(() => window.pb.events);
  expect(events.at(-1)).toMatchObject({ type: 'error', payload: { errorType: 'session_expired', errorCode: 'unknown_connect_session_token' } });

  await page.evaluate(async (fresh) => window.pb.ui?.setSessionToken(fresh), await createSession({ allowed_integrations: ['demo-api-key'] }));
  await expect(frame.getByRole('textbox', { name: 'API Key', exact: true })).toHaveValue('test_resumed');
  await expect(frame.getByRole('combobox', { name: 'Region' })).toHaveValue('eu');
  await expect(frame.getByRole('textbox', { name: 'Workspace' })).toHaveValue('marketing');
  await frame.getByRole('button', { name: /^connect$/i }).click();
  await expect(frame.getByRole('button', { name: /done/i })).toBeVisible();
  expect(await eventTypes(page)).toEqual(['ready', 'error', 'connect']);
});
