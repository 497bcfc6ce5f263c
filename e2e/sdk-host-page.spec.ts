import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { eventTypes, expect, test, widget } from './support/fixtures';

// Issue 15 (items 10, 11, 14): what the SDK does to the host page around the widget, in a real
// Chromium. The host page's body has `overflow: scroll` from its stylesheet.

const opener = (page: Page) => page.getByRole('button', { name: 'Connect an account' });

/** Makes the host page taller than the window, so whether it scrolls can be seen. */
async function makeTall(page: Page): Promise<void> {
  await page.evaluate(() => {
    const filler = document.createElement('div');
    filler.style.height = '4000px';
    document.querySelector('main')?.append(filler);
  });
}

/** Whether a screen reader finds the host page's own button (the widget's frame is not searched). */
async function openerInAccessibilityTree(page: Page): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.some((node) => !node.ignored && node.role?.value === 'button' && node.name?.value === 'Connect an account');
}

/** The host page after a widget that never loaded: no overlay, scrolls, clicks, nothing inert. */
async function expectPageBack(page: Page): Promise<void> {
  await expect(page.locator('#connect-ui')).toHaveCount(0);
  await expect(opener(page)).toBeFocused();
  expect(await page.evaluate(() => ({ overflow: document.body.style.overflow, inert: document.querySelectorAll('[inert]').length }))).toEqual({
    overflow: '',
    inert: 0,
  });
  await page.mouse.move(200, 200);
  await page.mouse.wheel(0, 600);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await page.evaluate(() => {
    window.pb.events = [];
  });
  await opener(page).click(); // opens the real widget: the click reached the page
  await expect.poll(() => eventTypes(page)).toEqual(['ready']);
}

const unavailable = { type: 'error', payload: { errorType: 'widget_unavailable', errorMessage: expect.stringContaining('did not load') } };

test('a widget URL that answers 404: after the default 15 s the overlay goes, the page is back and got one error', async ({ page, gotoHost, stack }) => {
  await gotoHost(page);
  await makeTall(page);
  await opener(page).focus();
  await page.evaluate((baseURL) => window.pb.open({ baseURL }), `${stack.thirdUrl}/pages/no-widget-here/`);
  await expect(page.locator('#connect-ui')).toHaveCount(1);
  await expect(page.locator('#connect-ui')).toHaveCount(0, { timeout: 30_000 });
  expect(await page.evaluate(() => window.pb.events)).toEqual([unavailable]);
  await expectPageBack(page);
});

test.describe('a widget server that accepts the connection and never answers', () => {
  // The host page's CSP names the widget origins it knows in advance; this server's port is not one.
  test.use({ bypassCSP: true });

  test('readyTimeout: the overlay goes, the page is back and got one error', async ({ page, gotoHost }) => {
    const sockets = new Set<Socket>();
    const server = createServer((socket) => void sockets.add(socket));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const { port } = server.address() as AddressInfo;
      await gotoHost(page);
      await makeTall(page);
      await opener(page).focus();
      await page.evaluate((baseURL) => window.pb.open({ baseURL, readyTimeout: 3_000 }), `http://127.0.0.1:${port}/`);
      await expect(page.locator('#connect-ui')).toHaveCount(0, { timeout: 20_000 });
      expect(sockets.size).toBeGreaterThan(0); // the browser reached the server, which kept it waiting
      expect(await page.evaluate(() => window.pb.events)).toEqual([unavailable]);
      await expectPageBack(page);
    } finally {
      for (const socket of sockets) socket.destroy();
      server.close();
    }
  });
});

test('while open, the host page is out of reach of keyboards and screen readers; after close it is as before', async ({ page, gotoHost, createSession }) => {
  await gotoHost(page);
  expect(await openerInAccessibilityTree(page)).toBe(true);
  await opener(page).focus();
  await page.evaluate(async (token) => window.pb.open({ sessionToken: token }), await createSession());
  await expect(widget(page).getByRole('searchbox')).toBeVisible();

  expect(await openerInAccessibilityTree(page)).toBe(false);
  const focusedOnHost: string[] = [];
  for (const key of [...Array<string>(8).fill('Tab'), ...Array<string>(8).fill('Shift+Tab')]) {
    await page.keyboard.press(key);
    focusedOnHost.push(await page.evaluate(() => document.activeElement?.id ?? ''));
  }
  expect(new Set(focusedOnHost)).toEqual(new Set(['connect-ui']));
  // Not even the page's own script can move focus behind the modal.
  expect(await page.evaluate(() => {
    document.getElementById('open')?.focus();
    return document.activeElement?.id;
  })).toBe('connect-ui');

  await widget(page).getByRole('button', { name: /close/i }).first().click();
  await expect(page.locator('#connect-ui')).toHaveCount(0);
  await expect(opener(page)).toBeFocused();
  expect(await openerInAccessibilityTree(page)).toBe(true);
  expect(await page.evaluate(() => ({ overflow: document.body.style.overflow, inert: document.querySelectorAll('[inert]').length }))).toEqual({
    overflow: '',
    inert: 0,
  });
});

test('two widgets closed out of order: the page scrolls again and nothing stays inert', async ({ page, gotoHost }) => {
  await gotoHost(page);
  await makeTall(page);
  await page.evaluate(() => {
    window.pb.open();
    const first = window.pb.ui;
    window.pb.open();
    first?.close();
  });
  await expect(page.locator('iframe')).toHaveCount(1);
  expect(await page.evaluate(() => document.body.style.overflow)).toBe('hidden');
  await page.evaluate(() => window.pb.ui?.close());
  await expect(page.locator('iframe')).toHaveCount(0);
  expect(await page.evaluate(() => ({ overflow: document.body.style.overflow, inert: document.querySelectorAll('[inert]').length }))).toEqual({
    overflow: '',
    inert: 0,
  });
  await page.mouse.move(200, 200);
  await page.mouse.wheel(0, 600);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
});

test('openConnectUI() called by a script in <head>, before <body> exists, opens the widget', async ({ page, gotoHost, createSession }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await gotoHost(page, 'host-head.html');
  await expect(widget(page).getByRole('status')).toBeVisible();
  await expect.poll(() => eventTypes(page)).toEqual(['ready']);
  await page.evaluate(async (token) => window.pb.ui?.setSessionToken(token), await createSession());
  await expect(widget(page).getByRole('searchbox')).toBeVisible();
  expect(errors).toEqual([]);
});
