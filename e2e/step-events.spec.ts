import type { Page } from '@playwright/test';
import type { ConnectUIEvent } from '../src/sdk/index';
import { expect, test, widget } from './support/fixtures';

// Step events are opt-in: with `events: 'all'` the host receives one `step` event per step of the
// user's (Nango's telemetry vocabulary, plus `search` with a count), never a typed value or the
// query. Every other host — Nango's SDK included — receives exactly ready/connect/error/close.

const typedKey = 'test_step_secret_5150';
const query = 'api key';

/** Searches, opens the API-key form, connects, and presses Done; returns what the host received. */
async function connectApiKey(page: Page, createSession: () => Promise<string>, options: Record<string, unknown> = {}): Promise<ConnectUIEvent[]> {
  const events = () => page.evaluate(() => window.pb.events);
  await page.evaluate(([t, extra]) => window.pb.open({ sessionToken: t, ...extra }), [await createSession(), options] as const);
  const frame = widget(page);
  await frame.getByRole('searchbox').fill(query);
  await expect(frame.getByRole('button', { name: 'Test Basic Auth' })).toHaveCount(0);
  if (options.events === 'all') await expect.poll(async () => (await events()).some((event) => event.type === 'step' && event.payload.name === 'search')).toBe(true);
  await frame.getByRole('button', { name: 'Test API Key' }).click();
  await frame.getByLabel('API Key', { exact: true }).fill(typedKey);
  await frame.getByRole('button', { name: 'Connect', exact: true }).click();
  await frame.getByRole('button', { name: 'Done' }).click();
  await expect(page.locator('#connect-ui')).toHaveCount(0);
  return events();
}

const describe = (event: ConnectUIEvent) => {
  if (event.type !== 'step') return event.type;
  const { name, integration, resultCount } = event.payload;
  return [`step ${name}`, integration, resultCount === undefined ? undefined : `count=${resultCount}`].filter(Boolean).join(' ');
};

test('events: "all": one step event per step, typed, with the integration and the search count, never a typed value or the query', async ({ page, gotoHost, createSession }) => {
  await gotoHost(page);
  const events = await connectApiKey(page, createSession, { events: 'all' });
  expect(events.map(describe)).toEqual([
    'ready',
    'step open',
    'step view:list',
    'step search count=1',
    'step click:integration demo-api-key',
    'step view:integration demo-api-key',
    'step click:connect demo-api-key',
    'step view:success demo-api-key',
    'connect',
    'step click:finish demo-api-key',
    'close',
  ]);
  const wire = JSON.stringify(events);
  expect(wire).not.toContain(typedKey);
  expect(wire).not.toContain(query);
});

test('a host that did not ask receives exactly ready, connect and close', async ({ page, gotoHost, createSession }) => {
  await gotoHost(page);
  const events = await connectApiKey(page, createSession);
  expect(events.map(describe)).toEqual(['ready', 'connect', 'close']);
});

test('Nango\'s own SDK with our widget receives no step event (nor any resize)', async ({ page, gotoHost, createSession }) => {
  await gotoHost(page, 'host-nango.html');
  const events = await connectApiKey(page, createSession);
  expect(events.map(describe)).toEqual(['ready', 'connect', 'close']);
});
