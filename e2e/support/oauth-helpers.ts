import type { Page } from '@playwright/test';
import { expect, widget } from './fixtures';

// The popup-flow steps the OAuth specs share: open the widget on one integration, click Connect,
// and read what the host heard.

/** The host's `connect` and `error` events, in order. */
export const outcomes = (page: Page) => page.evaluate(() => window.pb.events.filter((event) => event.type === 'connect' || event.type === 'error'));

/** Opens the widget on the integration's form (the only one in the session). */
export async function openOAuthForm(page: Page, token: string, options: Record<string, unknown> = {}) {
  await page.evaluate(([t, extra]) => window.pb.open({ sessionToken: t, ...extra }), [token, options] as const);
  const frame = widget(page);
  await expect(frame.getByRole('button', { name: 'Connect', exact: true })).toBeVisible();
  return frame;
}

/** Clicks Connect and returns the popup, already showing the test provider's Allow/Deny page. */
export async function connectInPopup(page: Page) {
  const popupOpened = page.waitForEvent('popup');
  await widget(page).getByRole('button', { name: 'Connect', exact: true }).click();
  const popup = await popupOpened;
  await expect(popup.getByRole('button', { name: 'Allow' })).toBeVisible();
  return popup;
}
