import type { Page } from '@playwright/test';
import { expect, test, widget } from './support/fixtures';

// Nango's step beacons (`POST {apiURL}/connect/telemetry`) reach the reference API in the order
// of the user's steps, never carry what the user typed, and stop with `telemetry: false`.

interface Beacon {
  body: { token: string; event: string; timestamp: string; dimensions?: { integration?: string } };
  status: Promise<number>;
}

/**
 * Every beacon, in the order the widget sent it, passed on to the reference API from here: the
 * last one leaves as the iframe is removed, so the page would never see its response.
 */
async function recordBeacons(page: Page, onBeacon: (event: string) => void = () => {}): Promise<Beacon[]> {
  const beacons: Beacon[] = [];
  await page.route('**/connect/telemetry', async (route) => {
    const request = route.request();
    if (request.method() !== 'POST') return route.continue();
    const status = route.fetch().then(async (response) => {
      await route.fulfill({ response });
      return response.status();
    });
    const body = JSON.parse(request.postData() ?? '{}') as Beacon['body'];
    beacons.push({ body, status });
    onBeacon(body.event);
  });
  return beacons;
}

/**
 * The host keeps the widget's frame until `release`. Playwright sees a request of that (cross-site)
 * frame only while the frame is there, and the close step's beacon leaves just a task before the
 * host removes it: `keepalive` carries it on and the API gets it, but the route missed it in about
 * 1 run in 3 on a loaded machine. That a beacon outlives its frame is the unit tests' to show.
 */
async function holdFrameRemoval(page: Page): Promise<() => void> {
  await page.evaluate(() => {
    const remove = HTMLIFrameElement.prototype.remove;
    const held = new Promise<void>((resolve) => Object.assign(window, { releaseFrame: resolve }));
    HTMLIFrameElement.prototype.remove = function (this: HTMLIFrameElement) {
      void held.then(() => remove.call(this));
    };
  });
  return () => void page.evaluate(() => (window as unknown as { releaseFrame: () => void }).releaseFrame());
}

const steps = (beacons: Beacon[]) => beacons.map(({ body }) => (body.dimensions?.integration ? `${body.event} ${body.dimensions.integration}` : body.event));
const typedKey = 'test_typed_secret_7731';

async function connectApiKey(page: Page, token: string, options: Record<string, unknown> = {}) {
  await page.evaluate(([t, extra]) => window.pb.open({ sessionToken: t, ...extra }), [token, options] as const);
  const frame = widget(page);
  await frame.getByRole('button', { name: 'Test API Key' }).click();
  await frame.getByLabel('API Key', { exact: true }).fill(typedKey);
  await frame.getByRole('button', { name: 'Connect', exact: true }).click();
  await frame.getByRole('button', { name: 'Done' }).click();
  await expect(page.locator('#connect-ui')).toHaveCount(0);
  expect(await page.evaluate(() => window.pb.events.map((event) => event.type))).toEqual(['ready', 'connect', 'close']);
}

test('a connection sends the steps in order; the API accepts each (204); none holds the typed secret', async ({ page, gotoHost, createSession }) => {
  let release = () => {};
  const beacons = await recordBeacons(page, (event) => event === 'click:finish' && release());
  await gotoHost(page);
  release = await holdFrameRemoval(page);
  const token = await createSession();
  await connectApiKey(page, token);
  await expect.poll(() => beacons.length).toBe(7);
  expect(steps(beacons)).toEqual([
    'open',
    'view:list',
    'click:integration demo-api-key',
    'view:integration demo-api-key',
    'click:connect demo-api-key',
    'view:success demo-api-key',
    'click:finish demo-api-key',
  ]);
  expect(await Promise.all(beacons.map((beacon) => beacon.status))).toEqual(beacons.map(() => 204));
  for (const { body } of beacons) {
    expect(body.token).toBe(token);
    expect(JSON.stringify(body)).not.toContain(typedKey);
  }
});

test('telemetry: false sends no beacon', async ({ page, gotoHost, createSession }) => {
  const beacons = await recordBeacons(page);
  await gotoHost(page);
  await connectApiKey(page, await createSession(), { telemetry: false });
  expect(beacons).toEqual([]);
});
