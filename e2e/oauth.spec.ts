import { eventTypes, expect, test, widget, type HostPage } from './support/fixtures';
import { connectInPopup, openOAuthForm, outcomes } from './support/oauth-helpers';

// Issue 5: OAuth through the popup against the reference API's test provider, and every way it can
// fail ending within seconds in a clear screen and one event.

const name = 'Test OAuth2';
const onlyOAuth = { allowed_integrations: ['demo-oauth2'] };

for (const hostPage of ['host.html', 'host-nango.html'] satisfies HostPage[]) {
  test(`Allow in the popup connects and emits connect (${hostPage})`, async ({ page, gotoHost, createSession }) => {
    await gotoHost(page, hostPage);
    const frame = await openOAuthForm(page, await createSession(onlyOAuth));
    const popup = await connectInPopup(page);
    await expect(frame.getByText(`Finish signing in to ${name} in the window we opened.`)).toBeVisible();

    const closed = popup.waitForEvent('close');
    await popup.getByRole('button', { name: 'Allow' }).click();
    await expect(frame.getByRole('heading', { name: `${name} is connected` })).toBeVisible();
    await closed;
    expect(await outcomes(page)).toEqual([
      { type: 'connect', payload: { providerConfigKey: 'demo-oauth2', connectionId: expect.any(String), isPending: false } },
    ]);
  });
}

test('Deny ends in one error event carrying the provider’s message', async ({ page, gotoHost, createSession }) => {
  await gotoHost(page);
  const frame = await openOAuthForm(page, await createSession(onlyOAuth));
  const popup = await connectInPopup(page);
  const closed = popup.waitForEvent('close');
  await popup.getByRole('button', { name: 'Deny' }).click();

  await expect(frame.getByRole('heading', { name: `We couldn’t connect ${name}` })).toBeVisible();
  await expect(frame.getByRole('alert')).toContainText(`You declined access at ${name}.`);
  await expect(frame.getByText('Check what you entered and try again.')).toHaveCount(0);
  await expect(frame.getByRole('button', { name: 'Try again' })).toBeVisible();
  await closed; // the widget acknowledged the callback page, which closed itself
  await page.waitForTimeout(1_000); // the WebSocket's copy of the error has long arrived
  expect(await outcomes(page)).toEqual([
    {
      type: 'error',
      payload: { errorType: 'connection_validation_failed', errorMessage: expect.stringContaining('denied'), errorCode: 'callback_err' },
    },
  ]);
});

test('closing the popup tells the host window_closed once, and the window can be opened again', async ({ page, gotoHost, createSession }) => {
  await gotoHost(page);
  const frame = await openOAuthForm(page, await createSession(onlyOAuth));
  const popup = await connectInPopup(page);
  await popup.close();

  await expect(frame.getByRole('alert')).toContainText('The sign-in window was closed before you finished.', { timeout: 5_000 });
  expect(await outcomes(page)).toEqual([{ type: 'error', payload: expect.objectContaining({ errorType: 'window_closed', errorCode: 'window_closed' }) }]);

  const reopened = page.waitForEvent('popup');
  await frame.getByRole('button', { name: 'Reopen the window' }).click();
  await (await reopened).getByRole('button', { name: 'Allow' }).click();
  await expect(frame.getByRole('heading', { name: `${name} is connected` })).toBeVisible();
  expect(await eventTypes(page)).toEqual(['ready', 'error', 'connect']);
});

test('a blocked popup is reported once and opened again from the next click', async ({ page, gotoHost, createSession, stack }) => {
  await gotoHost(page);
  const frame = await openOAuthForm(page, await createSession(onlyOAuth));
  // A popup blocker, inside the widget's own frame: the first window.open returns null.
  const widgetFrame = page.frames().find((candidate) => candidate.url().startsWith(stack.uiUrl));
  await widgetFrame?.evaluate(() => {
    const open = window.open.bind(window);
    let blocks = 1;
    window.open = (...args) => (blocks-- > 0 ? null : open(...args));
  });

  await frame.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(frame.getByRole('alert')).toContainText('Your browser blocked the sign-in window.');
  expect(await outcomes(page)).toEqual([{ type: 'error', payload: expect.objectContaining({ errorType: 'blocked_by_browser', errorCode: 'popup_blocked' }) }]);

  const popupOpened = page.waitForEvent('popup');
  await frame.getByRole('button', { name: 'Open the sign-in window' }).click();
  const popup = await popupOpened;
  await popup.getByRole('button', { name: 'Allow' }).click();
  await expect(frame.getByRole('heading', { name: `${name} is connected` })).toBeVisible();
  expect(await eventTypes(page)).toEqual(['ready', 'error', 'connect']);
});

test('redirect mode: the tab goes through the sign-in and the resumed widget emits connect once', async ({ page, gotoHost, createSession, stack }) => {
  await gotoHost(page);
  const hostUrl = page.url();
  const frame = await openOAuthForm(page, await createSession(onlyOAuth), { oauthMode: 'redirect' });
  await frame.getByRole('button', { name: 'Connect', exact: true }).click();

  await page.waitForURL(`${stack.apiUrl}/_test-provider/**`);
  await page.getByRole('button', { name: 'Allow' }).click();
  await page.waitForURL((url) => url.searchParams.get('plugboard_oauth') === 'success');
  expect(page.url().startsWith(hostUrl)).toBe(true);

  await page.waitForFunction(() => 'pb' in window);
  await page.evaluate((t) => window.pb.open({ sessionToken: t, resume: true }), await createSession(onlyOAuth));
  await expect(widget(page).getByRole('heading', { name: `${name} is connected` })).toBeVisible();
  expect(await outcomes(page)).toEqual([
    { type: 'connect', payload: { providerConfigKey: 'demo-oauth2', connectionId: expect.any(String), isPending: false } },
  ]);

  // Reopened again (a reload): the flow was consumed, nothing is reported twice.
  await page.reload();
  await page.waitForFunction(() => 'pb' in window);
  await openOAuthForm(page, await createSession(onlyOAuth), { resume: true });
  await page.waitForTimeout(500);
  expect(await outcomes(page)).toEqual([]);
});

test('redirect mode: a Connect click while the API has not yet said it can bring the tab back still sends the tab, no popup', async ({ page, gotoHost, createSession, stack }) => {
  // The form's OAuth code is there and has asked the API; its answer is late (a slow network).
  let answer = () => {};
  const answered = new Promise<void>((resolve) => (answer = resolve));
  await page.route(`${stack.apiUrl}/oauth/redirect`, async (route) => {
    await answered;
    await route.continue();
  });
  await gotoHost(page);
  const asked = page.waitForRequest(`${stack.apiUrl}/oauth/redirect`);
  const frame = await openOAuthForm(page, await createSession(onlyOAuth), { oauthMode: 'redirect' });
  await asked;
  const popups: string[] = [];
  page.on('popup', (popup) => popups.push(popup.url()));
  await frame.getByRole('button', { name: 'Connect', exact: true }).click();
  answer();

  await page.waitForURL(`${stack.apiUrl}/_test-provider/**`);
  expect(popups).toEqual([]);
});

test('a reconnect session re-authorises the same connection and tells the host it was a reconnect', async ({ page, gotoHost, createSession, stack }) => {
  await gotoHost(page);
  await openOAuthForm(page, await createSession(onlyOAuth));
  await (await connectInPopup(page)).getByRole('button', { name: 'Allow' }).click();
  await expect(widget(page).getByRole('heading', { name: `${name} is connected` })).toBeVisible();
  const [first] = await outcomes(page);
  const connectionId = first?.type === 'connect' ? first.payload.connectionId : '';
  expect(connectionId).not.toBe('');

  const response = await fetch(`${stack.apiUrl}/connect/sessions/reconnect`, {
    method: 'POST',
    headers: { authorization: `Bearer ${stack.secretKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ connection_id: connectionId, integration_id: 'demo-oauth2' }),
  });
  const { data } = (await response.json()) as { data: { token: string } };
  await page.evaluate(() => {
    window.pb.ui?.close();
    window.pb.events = [];
  });
  await openOAuthForm(page, data.token);
  await (await connectInPopup(page)).getByRole('button', { name: 'Allow' }).click();
  await expect(widget(page).getByRole('heading', { name: `${name} is connected` })).toBeVisible();
  expect(await outcomes(page)).toEqual([
    { type: 'connect', payload: { providerConfigKey: 'demo-oauth2', connectionId, isPending: false, isReconnect: true } },
  ]);
});

test('a session that expires before the popup reaches the API: the expired screen, session_expired, and a new token resumes', async ({ page, gotoHost, createSession, stack }) => {
  await gotoHost(page);
  const token = await createSession(onlyOAuth);
  const frame = await openOAuthForm(page, token);
  const revoked = await fetch(`${stack.apiUrl}/connect/session`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
  expect(revoked.status).toBe(204);

  const popupOpened = page.waitForEvent('popup');
  await frame.getByRole('button', { name: 'Connect', exact: true }).click();
  const popup = await popupOpened;
  await expect(frame.getByRole('heading', { name: 'This session has expired' })).toBeVisible();
  await popup.waitForEvent('close');
  await page.waitForTimeout(1_000); // the other copy of the error (socket or callback page) has long arrived
  expect(await outcomes(page)).toEqual([
    { type: 'error', payload: { errorType: 'session_expired', errorMessage: expect.any(String), errorCode: 'unknown_connect_session_token' } },
  ]);

  await page.evaluate(async (t) => window.pb.ui?.setSessionToken(t), await createSession(onlyOAuth));
  await expect(frame.getByRole('button', { name: 'Connect', exact: true })).toBeVisible();
});
