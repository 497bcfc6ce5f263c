import type { Frame } from '@playwright/test';
import { expect, test, widget } from './support/fixtures';

// Before a token pins the host's origin, the widget knows it only from
// `location.ancestorOrigins`, which Firefox lacks and which names a sandboxed host "null". Chromium
// keeps that property unforgeable (it cannot be deleted in a test), so a sandboxed host is how a
// Chromium test gets a frame whose embedder is not addressable.

test('a sandboxed host (origin "null"): the widget does not throw, and says what to do when no token comes', async ({ page, stack }) => {
  test.setTimeout(40_000);
  const widgetErrors: string[] = [];
  page.on('pageerror', (error) => widgetErrors.push(error.message));
  // The host page, sandboxed by its own CSP (scripts and popups allowed, no same-origin): its
  // origin is opaque, so its module scripts need CORS.
  await page.route(`${stack.hostUrl}/**`, async (route) => {
    const response = await route.fetch();
    const headers: Record<string, string> = { ...response.headers(), 'access-control-allow-origin': '*' };
    if (route.request().resourceType() === 'document') headers['content-security-policy'] = `sandbox allow-scripts allow-popups; ${headers['content-security-policy'] ?? ''}`;
    await route.fulfill({ response, headers });
  });
  // Sandbox flags pass to nested frames, so the widget runs sandboxed too: its scripts need CORS,
  // and `frame-ancestors *` matches no opaque origin. A widget copied to a static host with CORS
  // and no CSP header is in that state; the routes below serve ours that way.
  const uiOrigin = new URL(stack.uiUrl).origin;
  await page.route((url) => url.origin === uiOrigin, async (route) => {
    const response = await route.fetch();
    const headers: Record<string, string> = { ...response.headers(), 'access-control-allow-origin': '*' };
    headers['content-security-policy'] = (headers['content-security-policy'] ?? '').replace(/frame-ancestors [^;]*;?/, '');
    await route.fulfill({ response, headers });
  });
  const query = new URLSearchParams({ ui: stack.uiUrl, api: stack.apiUrl, third: stack.thirdUrl });
  await page.goto(`${stack.hostUrl}/pages/host.html?${query}`);
  await page.waitForFunction(() => 'pb' in window);
  expect(await page.evaluate(() => window.origin)).toBe('null');

  await page.evaluate(() => window.pb.open());
  const frame = page.frameLocator('#connect-ui');
  await expect(frame.getByRole('alert')).toBeVisible({ timeout: 20_000 });
  const widgetFrame = page.frames().find((candidate: Frame) => candidate.url().startsWith(stack.uiUrl));
  expect(await widgetFrame?.evaluate(() => Array.from(location.ancestorOrigins))).toEqual(['null']);

  await expect(frame.getByRole('alert')).toHaveText('The application did not start a session in time. Close this window and try again.');
  expect(widgetErrors).toEqual([]);
  // The widget is sandboxed too, so its messages come from "null": the SDK, which accepts only
  // the widget's origin, cannot tell them from a forgery and rightly drops them.
  expect(await page.evaluate(() => window.pb.events)).toEqual([]);
});

test('a browser without location.ancestorOrigins (Firefox): the missing token still reaches the host', async ({ page, gotoHost, stack }) => {
  test.setTimeout(40_000);
  // Chromium's property cannot be deleted, so the widget's script is served looking for one that
  // does not exist, which is what it meets in Firefox.
  const uiOrigin = new URL(stack.uiUrl).origin;
  await page.route((url) => url.origin === uiOrigin && /\/assets\/index-[^/]+\.js$/.test(url.pathname), async (route) => {
    const response = await route.fetch();
    const script = await response.text();
    expect(script).toContain('.ancestorOrigins');
    await route.fulfill({ response, body: script.replaceAll('.ancestorOrigins', '.ancestorOriginsInFirefox') });
  });
  await gotoHost(page);
  await page.evaluate(() => window.pb.open());
  await expect(widget(page).getByRole('alert')).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => page.evaluate(() => window.pb.events)).toEqual([
    { type: 'ready' },
    { type: 'error', payload: { errorType: 'missing_connect_session_token', errorMessage: expect.any(String) } },
  ]);
});
