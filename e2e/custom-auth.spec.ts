import { expect, test } from './support/fixtures';
import { connectInPopup, openOAuthForm, outcomes } from './support/oauth-helpers';

// Issue 16 item 1: the custom authorizations (app install, app install + user OAuth, OAuth 1.0a)
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
  await openOAuthForm(page, await createSession({ allowed_integrations: ['demo-custom'] }));
  const popup = await connectInPopup(page);
  await popup.getByRole('button', { name: 'Request installation' }).click();
  await expect.poll(() => outcomes(page)).toEqual([
    { type: 'connect', payload: { providerConfigKey: 'demo-custom', connectionId: expect.any(String), isPending: true } },
  ]);
});
