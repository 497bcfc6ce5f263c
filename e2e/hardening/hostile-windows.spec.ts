import { eventTypes, expect, test, widget } from './support/fixtures';
import { forgedClose, forgedConnect, forgedError, forgedToken, watchForeignToken } from './support/foreign-token';
import { addThirdSiteFrame, recorderFrame, serveOnThirdSite } from './support/third-site-frame';

// Windows on another site that hold a reference to the host page or to the widget
// frame. None of them may hand the widget a token, fake an event to the host, or hear an event.

test('a popup the host opened on a third site can neither give the widget a token nor fake its events', async ({ page, gotoHost, createSession, stack, hostile }) => {
  const foreignRequests = watchForeignToken(page);
  await gotoHost(page);
  await page.evaluate(() => window.pb.open());
  await expect(widget(page).getByRole('status')).toBeVisible();

  const popupOpened = page.waitForEvent('popup');
  await page.evaluate((url) => void window.open(url, 'attacker'), `${hostile.url}/hardening/hostile.html`);
  const popup = await popupOpened;
  await popup.waitForFunction(() => Array.isArray(window.received));
  await popup.evaluate(
    ({ token, events }) => {
      const host: Window = window.opener;
      for (let round = 0; round < 20; round += 1) {
        for (let i = 0; i < host.frames.length; i += 1) host.frames[i].postMessage(token, '*');
        for (const event of events) host.postMessage(event, '*');
      }
    },
    { token: forgedToken, events: [forgedConnect, forgedError, forgedClose] },
  );
  await page.waitForTimeout(500);
  await expect(widget(page).getByRole('status')).toBeVisible();
  await expect(page.locator('#connect-ui')).toHaveCount(1);
  expect(await eventTypes(page)).toEqual(['ready']);

  // The real token still works: the forged one pinned nothing.
  await page.evaluate((token) => window.pb.ui?.setSessionToken(token), await createSession());
  await expect(widget(page).getByRole('searchbox')).toBeVisible();
  expect(await eventTypes(page)).toEqual(['ready']);
  expect(foreignRequests).toEqual([]);
  expect(await popup.evaluate(() => window.received)).toEqual([]);
});

test('a top-level window on another site that opened the host page cannot reach or steer the widget', async ({ page, gotoHost, createSession, stack, hostile, context }) => {
  const attacker = page;
  await attacker.goto(`${hostile.url}/hardening/hostile.html`);
  const query = new URLSearchParams({ ui: stack.uiUrl, api: stack.apiUrl, third: stack.thirdUrl });
  const hostOpened = context.waitForEvent('page');
  await attacker.evaluate((url) => void window.open(url, 'victim'), `${stack.hostUrl}/pages/host.html?${query}`);
  const host = await hostOpened;
  const foreignRequests = watchForeignToken(host);
  await host.waitForFunction(() => 'pb' in window);
  await host.evaluate(() => window.pb.open());
  await expect(widget(host).getByRole('status')).toBeVisible();

  const hijack = await attacker.evaluate(
    ({ token, events, elsewhere }) => {
      const victim = window.open('', 'victim');
      if (!victim) return 'no reference';
      for (let i = 0; i < victim.frames.length; i += 1) victim.frames[i].postMessage(token, '*');
      for (const event of events) victim.postMessage(event, '*');
      try {
        // Frame hijacking: would let a page that posts the token with '*' leak it.
        victim.frames[0].location.href = elsewhere;
        return 'navigated';
      } catch (error) {
        return error instanceof Error ? error.name : 'refused';
      }
    },
    { token: forgedToken, events: [forgedConnect, forgedClose], elsewhere: `${hostile.url}/hardening/hostile.html` },
  );
  expect(hijack).toBe('SecurityError');
  await host.waitForTimeout(500);
  const childOrigins = host.frames().filter((frame) => frame !== host.mainFrame()).map((frame) => new URL(frame.url()).origin);
  expect(childOrigins).toEqual([new URL(stack.uiUrl).origin]);
  await expect(widget(host).getByRole('status')).toBeVisible();
  expect(await eventTypes(host)).toEqual(['ready']);

  await host.evaluate((token) => window.pb.ui?.setSessionToken(token), await createSession());
  await expect(widget(host).getByRole('searchbox')).toBeVisible();
  expect(foreignRequests).toEqual([]);
  expect(await attacker.evaluate(() => window.received)).toEqual([]);
});

test('an iframe navigated away from the widget never receives the token, even after faking ready', async ({ page, gotoHost, createSession, stack }) => {
  await gotoHost(page);
  await page.evaluate(() => window.pb.open());
  await expect.poll(() => eventTypes(page)).toEqual(['ready']);

  // A host bug or an injected script swaps the frame's document for another site's.
  const catcherUrl = await serveOnThirdSite(page, stack.thirdUrl);
  await page.evaluate((url) => {
    const iframe = window.pb.ui?.iframe;
    if (iframe) iframe.src = url;
  }, catcherUrl);
  const catcher = await recorderFrame(page, catcherUrl);
  await catcher.evaluate(() => parent.postMessage({ type: 'ready' }, '*'));
  await page.evaluate((token) => window.pb.ui?.setSessionToken(token), await createSession());
  await page.waitForTimeout(500);

  expect(await catcher.evaluate(() => window.received)).toEqual([]);
  expect(await eventTypes(page)).toEqual(['ready']);
});

test('a third site that frames the customer\'s page hears none of the widget\'s events', async ({ page, createSession, stack, hostile }) => {
  const query = new URLSearchParams({ ui: stack.uiUrl, api: stack.apiUrl, third: stack.thirdUrl });
  const hostUrl = `${stack.hostUrl}/pages/host.html?${query}`;
  await page.goto(`${hostile.url}/hardening/hostile.html?${new URLSearchParams({ frame: hostUrl })}`);
  await expect.poll(() => page.frames().some((frame) => frame.url() === hostUrl)).toBe(true);
  const host = page.frames().find((frame) => frame.url() === hostUrl);
  if (!host) throw new Error('the host page did not load in the frame');
  await host.waitForFunction(() => 'pb' in window);
  await host.evaluate(() => window.pb.open());
  await host.evaluate((token) => window.pb.ui?.setSessionToken(token), await createSession());

  const framedWidget = page.frameLocator('#framed').frameLocator('#connect-ui');
  await expect(framedWidget.getByRole('searchbox')).toBeVisible();
  await framedWidget.getByRole('button', { name: /close/i }).first().click();
  await expect.poll(() => host.evaluate(() => window.pb.events.map((event) => event.type))).toEqual(['ready', 'close']);
  expect(await page.evaluate(() => window.received)).toEqual([]);
});

test('while OAuth waits, forged callback messages from another site neither finish nor fail it', async ({ page, gotoHost, createSession, stack }) => {
  await gotoHost(page);
  await page.evaluate(async (token) => window.pb.open({ sessionToken: token }), await createSession({ allowed_integrations: ['demo-oauth2'] }));
  const frame = widget(page);
  const popupOpened = page.waitForEvent('popup');
  await frame.getByRole('button', { name: 'Connect', exact: true }).click();
  const popup = await popupOpened;
  await expect(popup.getByRole('button', { name: 'Allow' })).toBeVisible();

  const third = await addThirdSiteFrame(page, stack.thirdUrl);
  await third.evaluate(() => {
    const forged = [
      { type: 'nango_oauth_callback_success' },
      { type: 'nango_oauth_callback_error', payload: { message: 'forged failure', errorType: 'forged' } },
    ];
    for (let i = 0; i < parent.frames.length; i += 1) {
      if (parent.frames[i] !== window) for (const message of forged) parent.frames[i].postMessage(message, '*');
    }
  });
  await page.waitForTimeout(1_000);
  expect(await page.evaluate(() => window.pb.events.filter((event) => event.type !== 'ready'))).toEqual([]);
  expect(popup.isClosed()).toBe(false);

  await popup.getByRole('button', { name: 'Allow' }).click();
  await expect(frame.getByRole('heading', { name: 'Test OAuth2 is connected' })).toBeVisible();
  expect(await eventTypes(page)).toEqual(['ready', 'connect']);
});
