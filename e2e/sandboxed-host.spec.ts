import type { Frame } from '@playwright/test';
import { expect, test } from './support/fixtures';

// Issue 15 item 13: before a token pins the host's origin, the widget knows it only from
// `location.ancestorOrigins`, which Firefox lacks and which names a sandboxed host "null". Chromium
// keeps that property unforgeable (it cannot be deleted in a test), so a sandboxed host is how a
// Chromium test gets a frame whose embedder is not addressable.

test('a sandboxed host (origin "null"): the widget does not break, and the missing token still reaches the host', async ({ page, stack }) => {
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
  const query = new URLSearchParams({ ui: stack.uiUrl, api: stack.apiUrl, third: stack.thirdUrl });
  await page.goto(`${stack.hostUrl}/pages/host.html?${query}`);
  await page.waitForFunction(() => 'pb' in window);
  expect(await page.evaluate(() => window.origin)).toBe('null');

  await page.evaluate(() => window.pb.open());
  const frame = page.frameLocator('#connect-ui');
  await expect(frame.getByRole('alert')).toBeVisible({ timeout: 20_000 });
  const widgetFrame = page.frames().find((candidate: Frame) => candidate.url().startsWith(stack.uiUrl));
  expect(await widgetFrame?.evaluate(() => Array.from(location.ancestorOrigins))).toEqual(['null']);

  const events = await page.evaluate(() => window.pb.events);
  expect(events).toEqual([
    { type: 'ready' },
    { type: 'error', payload: { errorType: 'missing_connect_session_token', errorMessage: expect.any(String) } },
  ]);
  expect(widgetErrors).toEqual([]);
  await frame.getByRole('button', { name: /close/i }).first().click();
  await expect(page.locator('#connect-ui')).toHaveCount(0);
});
