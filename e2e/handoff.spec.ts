import AxeBuilder from '@axe-core/playwright';
import jsQR from 'jsqr';
import type { BrowserContext, FrameLocator, Locator, Page } from '@playwright/test';
import { expect, test, widget } from './support/fixtures';
import { openOAuthForm, outcomes } from './support/oauth-helpers';

// Continue on another device: the widget in the host page shows the session's link (QR code and
// text), a second browser opens it and connects, and the first widget learns it, tells the host
// once, and shows success. In an app's in-app browser, an OAuth submit explains and offers the same.

const name = 'Test OAuth2';
const onlyOAuth = { allowed_integrations: ['demo-oauth2'] };
const instagramOnIphone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 330.0.2.26.94 (iPhone15,2; iOS 17_0; en_US; en; scale=3.00; 1179x2556; 596463284)';
const instagramOnAndroid =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/124.0.0.0 Mobile Safari/537.36 Instagram 330.0.0.40.92 Android (34/14; 420dpi; 1080x2400; Google; Pixel 8)';

/** Reads a QR code the way a phone would: from a screenshot of what the widget drew. */
async function decodeQr(context: BrowserContext, qr: Locator): Promise<string | null> {
  const png = (await qr.screenshot()).toString('base64');
  // Pixels from the PNG via the browser's own decoder, in a blank page of its own; jsQR reads them here.
  const blank = await context.newPage();
  try {
    const image = await blank.evaluate(async (base64) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const drawing = canvas.getContext('2d');
      if (!drawing) throw new Error('no 2d context');
      drawing.drawImage(bitmap, 0, 0);
      return { width: bitmap.width, height: bitmap.height, data: Array.from(drawing.getImageData(0, 0, bitmap.width, bitmap.height).data) };
    }, png);
    return jsQR(Uint8ClampedArray.from(image.data), image.width, image.height)?.data ?? null;
  } finally {
    await blank.close();
  }
}

/** No axe violation in the widget's document (WCAG 2.2 A and AA). */
async function expectAccessible(page: Page, screen: string): Promise<void> {
  await widget(page).locator('html').evaluate(async () => {
    const finite = document.getAnimations().filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity);
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
  });
  const results = await new AxeBuilder({ page }).include(['#connect-ui', 'html']).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((violation) => [violation.id, violation.nodes.map((node) => node.target.join(' >>> '))]), screen).toEqual([]);
  await page.bringToFront();
}

async function readLink(frame: FrameLocator): Promise<string> {
  return frame.getByRole('textbox', { name: 'Link to continue on another device' }).inputValue();
}

test('the handoff connects from a second browser: the first widget emits connect once and shows success', async ({ browser, context, page, gotoHost, createSession, stack }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stack.hostUrl });
  await gotoHost(page);
  const token = await createSession(onlyOAuth);
  const frame = await openOAuthForm(page, token);

  await frame.getByRole('button', { name: 'Continue on another device' }).click();
  await expect(frame.getByRole('heading', { name: 'Continue on another device' })).toBeVisible();
  const link = await readLink(frame);
  expect(new URL(link).origin).toBe(new URL(stack.uiUrl).origin);
  expect(new URL(link).searchParams.get('session_token')).toBe(token);
  const qr = frame.getByRole('img', { name: 'QR code of the link' });
  await expect(qr).toBeVisible();
  expect(await decodeQr(context, qr)).toBe(link);
  await expect(frame.getByRole('status').filter({ hasText: 'Waiting for you to connect on the other device' })).toBeVisible();

  // Copy: the framed widget may not use the Clipboard API, so it copies the selected text.
  await frame.getByRole('button', { name: 'Copy link' }).click();
  await expect(frame.getByText('Link copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  // The other device: a browser of its own opens the link and signs in at the provider.
  const phone = await browser.newContext();
  try {
    const other = await phone.newPage();
    await other.goto(link);
    const popupOpened = other.waitForEvent('popup');
    await other.getByRole('button', { name: 'Connect', exact: true }).click();
    const popup = await popupOpened;
    await popup.getByRole('button', { name: 'Allow' }).click();
    await expect(other.getByText('You can now close this tab.')).toBeVisible();
  } finally {
    await phone.close();
  }

  await expect(frame.getByRole('heading', { name: `${name} is connected` })).toBeVisible();
  const session = await (await fetch(`${stack.apiUrl}/connect/session`, { headers: { authorization: `Bearer ${token}` } })).json();
  const [made] = (session as { data: { connections: Array<{ connection_id: string }> } }).data.connections;
  const expected = [{ type: 'connect', payload: { providerConfigKey: 'demo-oauth2', connectionId: made?.connection_id } }];
  expect(await outcomes(page)).toEqual(expected);
  await page.waitForTimeout(2_500); // one more look at the session would have come by now
  expect(await outcomes(page)).toEqual(expected);
  // The link holds the session token: nothing the host heard carries it.
  expect(JSON.stringify(await page.evaluate(() => window.pb.events))).not.toContain(token);
});

test('Back from the handoff returns to the form and stops watching', async ({ page, gotoHost, createSession }) => {
  await gotoHost(page);
  const frame = await openOAuthForm(page, await createSession(onlyOAuth));
  await frame.getByRole('button', { name: 'Continue on another device' }).click();
  await expect(frame.getByRole('img', { name: 'QR code of the link' })).toBeVisible();
  const looks: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/connect/session')) looks.push(request.url());
  });
  await expect.poll(() => looks.length, { timeout: 10_000 }).toBeGreaterThan(0); // it is watching
  await frame.getByRole('button', { name: 'Back' }).click();
  await expect(frame.getByRole('button', { name: 'Connect', exact: true })).toBeVisible();
  const seen = looks.length;
  await page.waitForTimeout(4_500); // two intervals of the watch
  expect(looks.length).toBe(seen);
});

async function openInApp(page: Page, gotoHost: (page: Page) => Promise<void>, token: string) {
  const popups: Page[] = [];
  page.on('popup', (popup) => popups.push(popup));
  await gotoHost(page);
  const frame = await openOAuthForm(page, token);
  await frame.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(frame.getByRole('alert')).toContainText('Sign-in windows don’t work in this app’s browser.');
  expect(popups).toEqual([]);
  return frame;
}

test.describe('in Instagram’s browser on iOS', () => {
  test.use({ userAgent: instagramOnIphone });

  test('an OAuth Connect explains instead of opening a popup, and offers the link and the handoff', async ({ page, gotoHost, createSession }) => {
    const token = await createSession(onlyOAuth);
    const frame = await openInApp(page, gotoHost, token);
    await expect(frame.getByText('Copy the link, then paste it into your browser’s address bar.')).toBeVisible();
    expect(new URL(await readLink(frame)).searchParams.get('session_token')).toBe(token);
    await expect(frame.getByRole('button', { name: 'Try here anyway' })).toBeVisible();
    await expectAccessible(page, 'the in-app explanation');

    await frame.getByRole('button', { name: 'Continue on another device' }).click();
    await expect(frame.getByRole('img', { name: 'QR code of the link' })).toBeVisible();
    await expectAccessible(page, 'the handoff');
    expect(await outcomes(page)).toEqual([]);
  });

  test('“Try here anyway” sends the tab through the sign-in, as popups cannot work here', async ({ page, gotoHost, createSession, stack }) => {
    const frame = await openInApp(page, gotoHost, await createSession(onlyOAuth));
    await frame.getByRole('button', { name: 'Try here anyway' }).click();
    await page.waitForURL(`${stack.apiUrl}/_test-provider/**`);
    await expect(page.getByRole('button', { name: 'Allow' })).toBeVisible();
  });
});

test.describe('in Instagram’s browser on Android', () => {
  test.use({ userAgent: instagramOnAndroid });

  test('“Open in your browser” hands the link to Chrome', async ({ page, gotoHost, createSession, stack }) => {
    const token = await createSession(onlyOAuth);
    const frame = await openInApp(page, gotoHost, token);
    const open = frame.getByRole('link', { name: 'Open in your browser' });
    const ui = new URL(stack.uiUrl);
    await expect(open).toHaveAttribute('href', new RegExp(`^intent://${ui.host}/\\?session_token=${token}&.*#Intent;scheme=http;package=com\\.android\\.chrome;end$`));
  });
});
