import { expect, test, widget } from './support/fixtures';

// Nango's UI fetches only the chosen provider. Opening the list fetches none; a row the user
// shows interest in is fetched once, and choosing it then needs no further request.

test('the list fetches no provider; a hovered row is fetched once and opens without another request', async ({ page, gotoHost, createSession }) => {
  const providerGets: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (request.method() === 'GET' && pathname.includes('/providers/')) providerGets.push(pathname.split('/').at(-1) ?? '');
  });
  await gotoHost(page);
  await page.evaluate((t) => window.pb.open({ sessionToken: t }), await createSession());
  const frame = widget(page);
  const row = frame.getByRole('button', { name: 'Test API Key', exact: true });
  await expect(row).toBeVisible();
  await page.waitForTimeout(1_000); // past any idle-time work
  expect(providerGets).toEqual([]);

  await row.hover();
  await expect.poll(() => providerGets.length).toBe(1);
  await row.click();
  await expect(frame.getByLabel('API Key', { exact: true })).toBeVisible();
  expect(providerGets).toHaveLength(1);
});
