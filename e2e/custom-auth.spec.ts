import { expect, test } from './support/fixtures';
import { connectInPopup, openOAuthForm, outcomes } from './support/oauth-helpers';

// The custom authorizations (app install, app install + user OAuth, OAuth 1.0a)
// run through the widget's popup against the reference API's test providers, with their Allow,
// Deny and closed-window paths ending in one clear event.

const integrations = [
  { key: 'demo-app', name: 'Test App Install' },
  { key: 'demo-custom', name: 'Test App Install + OAuth' },
  { key: 'demo-oauth1', name: 'Test OAuth1' },
] as const;

for (const { key, name } of integrations) {
  test(`${key}: Allow in the popup connects and emits connect`, async ({ page, gotoHost, createSession }) => {
    await gotoHost(page);
    const frame = await openOAuthForm(page, await createSession({ allowed_integrations: [key] }));
    const popup = await connectInPopup(page);
    await expect(frame.getByText(`Finish signing in to ${name} in the window we opened.`)).toBeVisible();
    const closed = popup.waitForEvent('close');
    await popup.getByRole('button', { name: 'Allow' }).click();
    await expect(frame.getByRole('heading', { name: `${name} is connected` })).toBeVisible();
    await closed;
    expect(await outcomes(page)).toEqual([{ type: 'connect', payload: { providerConfigKey: key, connectionId: expect.any(String), isPending: false } }]);
  });

  test(`${key}: Deny ends in one error event`, async ({ page, gotoHost, createSession }) => {
    await gotoHost(page);
    const frame = await openOAuthForm(page, await createSession({ allowed_integrations: [key] }));
    const popup = await connectInPopup(page);
    await popup.getByRole('button', { name: 'Deny' }).click();
    await expect(frame.getByRole('heading', { name: `We couldn’t connect ${name}` })).toBeVisible();
    await page.waitForTimeout(1_000); // the WebSocket's copy of the error has long arrived
    expect(await outcomes(page)).toEqual([
      { type: 'error', payload: { errorType: 'connection_validation_failed', errorMessage: expect.stringContaining('denied'), errorCode: 'callback_err' } },
    ]);
  });

  test(`${key}: closing the popup reports window_closed, and Reopen finishes the flow`, async ({ page, gotoHost, createSession }) => {
    await gotoHost(page);
    const frame = await openOAuthForm(page, await createSession({ allowed_integrations: [key] }));
    await (await connectInPopup(page)).close();
    await expect(frame.getByRole('alert')).toContainText('The sign-in window was closed before you finished.', { timeout: 5_000 });
    const reopened = page.waitForEvent('popup');
    await frame.getByRole('button', { name: 'Reopen the window' }).click();
    await (await reopened).getByRole('button', { name: 'Allow' }).click();
    await expect(frame.getByRole('heading', { name: `${name} is connected` })).toBeVisible();
    expect(await outcomes(page)).toEqual([
      { type: 'error', payload: expect.objectContaining({ errorType: 'window_closed', errorCode: 'window_closed' }) },
      { type: 'connect', payload: expect.objectContaining({ providerConfigKey: key, isPending: false }) },
    ]);
  });
}

test('demo-custom: an install that waits for an owner connects as pending', async ({ page, gotoHost, createSession }) => {
  await gotoHost(page);
  const frame = await openOAuthForm(page, await createSession({ allowed_integrations: ['demo-custom'] }));
  const popup = await connectInPopup(page);
  await popup.getByRole('button', { name: 'Request installation' }).click();
  await expect.poll(() => outcomes(page)).toEqual([
    { type: 'connect', payload: { providerConfigKey: 'demo-custom', connectionId: expect.any(String), isPending: true } },
  ]);
  // The user is told it waits for an owner, not that it is connected.
  await expect(frame.getByRole('heading', { name: 'Waiting for approval at Test App Install + OAuth' })).toBeVisible();
});

// The end user's own OAuth app, its secret in no URL the browser loads.
test('demo-oauth2 with the user’s own OAuth app: the token exchange uses it, and its secret is in no URL', async ({ page, gotoHost, createSession }) => {
  const secret = 'test_own-e2e-secret-7d1f';
  const urls: string[] = [];
  page.context().on('request', (request) => urls.push(request.url()));
  await gotoHost(page);
  const frame = await openOAuthForm(page, await createSession({
    allowed_integrations: ['demo-oauth2'],
    integrations_config_defaults: { 'demo-oauth2': { connection_config: { oauth_client_id_override: '', oauth_client_secret_override: '' } } },
  }));
  await frame.getByLabel('OAuth client ID').fill('my-own-app');
  await frame.getByLabel('OAuth client secret').fill(secret);
  const popup = await connectInPopup(page);
  await expect(popup.getByRole('heading', { name: 'Authorize Your own app "my-own-app"' })).toBeVisible();
  await popup.getByRole('button', { name: 'Allow' }).click();
  // The test provider gives a code for my-own-app only to a secret starting with test_: the
  // integration's own secret does not, so a connection means the user's app was used.
  await expect(frame.getByRole('heading', { name: 'Test OAuth2 is connected' })).toBeVisible();
  expect(await outcomes(page)).toEqual([{ type: 'connect', payload: { providerConfigKey: 'demo-oauth2', connectionId: expect.any(String), isPending: false } }]);
  expect(urls.some((url) => url.includes('/oauth/connect/demo-oauth2?') && url.includes('credentials[oauth_client_id_override]=my-own-app'))).toBe(true);
  expect(urls.filter((url) => url.includes(secret))).toEqual([]);
});
