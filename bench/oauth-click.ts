import type { Page, Request } from '@playwright/test';
import type { LiveRun } from './live-run';

const popupTimeoutMs = 10_000;

/** A popup's first real navigation (an `about:blank` start sends no request). */
function isPopupNavigation(request: Request, opener: Page): boolean {
  if (!request.isNavigationRequest() || !request.url().startsWith('http')) return false;
  try {
    return request.frame().page() !== opener;
  } catch {
    // `window.open(url)` sends the request before Playwright knows the new page: a popup's.
    return true;
  }
}

/**
 * Clicks the integration; if that shows a form instead of opening a window, clicks its submit
 * button. Returns the time from the click that opened the popup to the popup's navigation
 * request, both on the browser's clock (the frame's click event; the network log's `startTime`).
 */
export async function measureOAuthClick(run: LiveRun, name: string): Promise<number> {
  const frame = run.frame();
  const context = run.page.context();
  const navigation = context.waitForEvent('request', { predicate: (request) => isPopupNavigation(request, run.page), timeout: popupTimeoutMs });
  navigation.catch(() => {}); // awaited below, where a timeout fails the measurement
  const popup = context.waitForEvent('page', { timeout: popupTimeoutMs }).then(() => 'popup' as const);
  popup.catch(() => {});
  const submit = frame.locator('form button[type="submit"]');
  // `force`: the list is known to be visible; Playwright's own checks (stable for two frames, hit
  // target) take seconds in a 4× throttled frame and measure nothing of ours.
  await frame.getByText(name, { exact: true }).click({ force: true });
  const next = await Promise.race([popup, submit.waitFor({ timeout: popupTimeoutMs }).then(() => 'form' as const)]);
  if (next === 'form') await submit.click({ force: true });
  const request = await navigation;
  await request.response(); // `timing()` is filled in once the response has arrived
  const sentAt = request.timing().startTime;
  const clicks = await frame.evaluate(() => window.__benchProbe.clicks);
  const click = clicks.filter((at) => at <= sentAt).at(-1);
  if (click === undefined) throw new Error('The popup navigated before any click');
  return sentAt - click;
}
