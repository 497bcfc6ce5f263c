import { eventTypes, expect, pressToClose, test, widget } from './support/fixtures';

// Issue 2: the host SDK and the iframe shell, in a real Chromium, host page and widget on
// different sites.

test('script tag: the loader shows at once and a token set 2 s later loads the session', async ({ page, gotoHost, createSession }) => {
  await gotoHost(page, 'host.html');
  await page.evaluate(() => window.pb.open());
  await expect(widget(page).getByRole('status')).toBeVisible();
  await expect.poll(() => eventTypes(page)).toEqual(['ready']);

  const token = await createSession();
  await page.waitForTimeout(2_000);
  await expect(widget(page).getByRole('status')).toBeVisible();
  await page.evaluate((t) => window.pb.ui?.setSessionToken(t), token);
  await expect(widget(page).getByRole('searchbox')).toBeVisible();
});

test('ES module: the events arrive in order ready → close, and close removes the iframe', async ({ page, gotoHost, createSession }) => {
  await gotoHost(page, 'host-module.html');
  await page.evaluate(() => window.pb.open());
  await page.evaluate((t) => window.pb.ui?.setSessionToken(t), await createSession());
  await widget(page).getByRole('button', { name: /close/i }).first().click();
  await expect(page.locator('#connect-ui')).toHaveCount(0);
  expect(await eventTypes(page)).toEqual(['ready', 'close']);
});

test('Escape in the widget closes it', async ({ page, gotoHost }) => {
  await gotoHost(page);
  await page.evaluate(() => window.pb.open());
  await expect(widget(page).getByRole('status')).toBeVisible();
  await expect.poll(() => eventTypes(page)).toEqual(['ready']);
  await widget(page).getByRole('dialog').focus();
  await pressToClose(page, 'Escape');
  expect(await eventTypes(page)).toEqual(['ready', 'close']);
});

test('a second open() never leaves an orphan iframe', async ({ page, gotoHost }) => {
  await gotoHost(page);
  await page.evaluate(() => {
    window.pb.open();
    window.pb.ui?.open();
    window.pb.ui?.open();
  });
  await expect(page.locator('iframe#connect-ui')).toHaveCount(1);
  await page.evaluate(() => {
    window.pb.ui?.iframe?.remove(); // detached by the host's own code
    window.pb.ui?.open();
  });
  await expect(page.locator('iframe#connect-ui')).toHaveCount(1);
});

test('close() restores the body overflow and the focus the page had', async ({ page, gotoHost }) => {
  await gotoHost(page);
  await page.getByRole('button', { name: 'Connect an account' }).focus();
  await page.evaluate(() => window.pb.open());
  expect(await page.evaluate(() => document.body.style.overflow)).toBe('hidden');
  await page.evaluate(() => window.pb.ui?.close());
  expect(await page.evaluate(() => document.body.style.overflow)).toBe('');
  await expect(page.getByRole('button', { name: 'Connect an account' })).toBeFocused();
  await expect(page.locator('iframe')).toHaveCount(0);
});

test('the iframe has a title, a minimal allow list and a referrer policy', async ({ page, gotoHost }) => {
  await gotoHost(page);
  await page.evaluate(() => window.pb.open());
  const iframe = page.locator('#connect-ui');
  await expect(iframe).toHaveAttribute('title', 'Connect an account');
  await expect(iframe).toHaveAttribute('allow', 'clipboard-write');
  await expect(iframe).toHaveAttribute('referrerpolicy', 'origin');
});

test('a token posted by a frame on a third site is ignored, and forged events never reach onEvent', async ({ page, gotoHost, stack }) => {
  const foreignTokenRequests: string[] = [];
  page.on('request', (request) => {
    if ((request.headers().authorization ?? '').includes('f'.repeat(64)) || request.url().includes('f'.repeat(64))) {
      foreignTokenRequests.push(request.url());
    }
  });
  await gotoHost(page);
  await page.evaluate(() => window.pb.open());
  await expect(widget(page).getByRole('status')).toBeVisible();
  await page.evaluate((third) => {
    const frame = document.createElement('iframe');
    frame.src = `${third}/pages/sibling.html`;
    frame.title = 'third party';
    document.body.appendChild(frame);
  }, stack.thirdUrl);
  await page.waitForTimeout(1_000);
  await expect(widget(page).getByRole('status')).toBeVisible();
  expect(foreignTokenRequests).toEqual([]);
  expect(await eventTypes(page)).toEqual(['ready']);
  await expect(page.locator('#connect-ui')).toHaveCount(1);
});

test('1,000 malformed messages from the host do not break the widget', async ({ page, gotoHost, createSession }) => {
  await gotoHost(page);
  await page.evaluate(() => window.pb.open());
  await expect.poll(() => eventTypes(page)).toEqual(['ready']);
  await page.evaluate(() => {
    const target = window.pb.ui?.iframe?.contentWindow;
    const junk: unknown[] = [null, 42, 'session_token', [], { type: 1 }, { type: 'session_token' }, { type: 'session_token', sessionToken: 7 }, { type: 'settings_changed', payload: 'x' }, { type: '__proto__' }, { type: 'close', then: 1 }];
    for (let i = 0; i < 1_000; i += 1) target?.postMessage(junk[i % junk.length], '*');
  });
  await page.evaluate(async (t) => window.pb.ui?.setSessionToken(t), await createSession());
  await expect(widget(page).getByRole('searchbox')).toBeVisible();
  expect(await eventTypes(page)).toEqual(['ready']);
});

test('after 10 s without a token the widget says so and tells the host', async ({ page, gotoHost }) => {
  test.setTimeout(30_000);
  await gotoHost(page);
  await page.evaluate(() => window.pb.open());
  await expect(widget(page).getByRole('alert')).toBeVisible({ timeout: 15_000 });
  const events = await page.evaluate(() => window.pb.events);
  expect(events.map((event) => event.type)).toEqual(['ready', 'error']);
  expect(events[1]).toMatchObject({ type: 'error', payload: { errorType: 'missing_connect_session_token' } });
});

test('drop-in: Nango\'s own @nangohq/frontend opens our widget, delivers the token and gets ready and close', async ({ page, gotoHost, createSession }) => {
  await gotoHost(page, 'host-nango.html');
  const token = await createSession();
  await page.evaluate((t) => window.pb.open({ sessionToken: t }), token);
  await expect(widget(page).getByRole('searchbox')).toBeVisible();
  await widget(page).getByRole('button', { name: /close/i }).first().click();
  await expect(page.locator('#connect-ui')).toHaveCount(0);
  expect(await eventTypes(page)).toEqual(['ready', 'close']);
});

test('a connect link opened top-level loads its session, then drops the token from the address bar', async ({ page, stack, createSession }) => {
  const token = await createSession();
  await page.goto(`${stack.uiUrl}?apiURL=${encodeURIComponent(stack.apiUrl)}&session_token=${token}`);
  await expect(page.getByRole('searchbox')).toBeVisible();
  expect(page.url()).not.toContain(token);
  await page.reload();
  await expect(page.getByRole('searchbox')).toBeVisible();
});
