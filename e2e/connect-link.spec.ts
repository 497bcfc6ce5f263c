import { randomUUID } from 'node:crypto';
import { Nango } from '@nangohq/node';
import { expect, test } from './support/fixtures';

// A customer's backend creates a session with Nango's own Node client and hands its
// `connect_link` to a user, who opens it in a browser of their own: the widget runs top-level,
// against the API that issued the link, and the connection it makes is the backend's to see.

test('a connect_link from POST /connect/sessions connects end to end in a fresh browser', async ({ browser, stack }) => {
  const nango = new Nango({ host: stack.apiUrl, secretKey: stack.secretKey });
  const userId = `link-${randomUUID()}`;
  const { data } = await nango.createConnectSession({ end_user: { id: userId }, allowed_integrations: ['demo-api-key'] });
  expect(new URL(data.connect_link).origin).toBe(new URL(stack.uiUrl).origin);

  const context = await browser.newContext(); // the user's browser: no cookie, no storage of ours
  try {
    const page = await context.newPage();
    await page.goto(data.connect_link);
    await expect.poll(() => new URL(page.url()).searchParams.has('session_token')).toBe(false); // out of the address bar
    await page.getByRole('textbox', { name: 'API Key', exact: true }).fill(`test_${randomUUID()}`);
    await page.getByRole('combobox', { name: 'Region' }).selectOption('eu');
    await page.getByRole('button', { name: /^connect$/i }).click();
    await expect(page.getByText('You can now close this tab.')).toBeVisible();
  } finally {
    await context.close();
  }

  const { connections } = await nango.listConnections({ userId });
  expect(connections).toEqual([expect.objectContaining({ provider_config_key: 'demo-api-key', end_user: expect.objectContaining({ id: userId }) })]);
});
