import { eventTypes, expect, test, widget } from './support/fixtures';

// Issue 14: the entry posts `ready` and sends the first GETs without the UI framework; the app's
// chunk (Preact and the list), preloaded from the page's head, paints the list; the lazy half (the
// form and everything after it) is fetched afterwards. A chunk that cannot load still gets a clear
// screen with a way out.

const lazyHalf = /\/assets\/connect-[\w-]+\.(js|css)$/;

test('the list paints and searches with the lazy half unreachable; a choice then says so, and Try again opens the form once it is back', async ({ page, gotoHost, createSession }) => {
  let isReachable = false;
  const lazyRequests: string[] = [];
  await page.route(lazyHalf, (route) => {
    lazyRequests.push(route.request().url());
    return isReachable ? route.continue() : route.abort('internetdisconnected');
  });
  await gotoHost(page);
  const token = await createSession();
  await page.evaluate((t) => window.pb.open({ sessionToken: t }), token);
  const frame = widget(page);

  const search = frame.getByRole('searchbox');
  await expect(search).toBeFocused();
  await page.keyboard.type('Test API Key');
  await expect(frame.getByRole('button', { name: 'Test API Key', exact: true })).toBeVisible();
  // The list needed none of it: the half was only tried ahead of need, and its failure shows nowhere.
  await expect.poll(() => lazyRequests.length).toBeGreaterThan(0);
  await expect(frame.getByRole('heading', { name: 'Connect an account' })).toBeVisible();

  await frame.getByRole('button', { name: 'Test API Key', exact: true }).click();
  await expect(frame.getByText('We couldn’t reach the server. Check your connection and try again.')).toBeVisible();
  isReachable = true;
  await frame.getByRole('button', { name: 'Try again' }).click();
  await expect(frame.getByLabel('API Key', { exact: true })).toBeVisible();
});

test('the app’s chunk unreachable: the frame says so in place of the loader, the host gets an error event, and Try again paints the list', async ({ page, gotoHost, createSession }) => {
  let isReachable = false;
  await page.route(/\/assets\/render-[\w-]+\.js$/, (route) => (isReachable ? route.continue() : route.abort('internetdisconnected')));
  await gotoHost(page);
  const token = await createSession();
  await page.evaluate((t) => window.pb.open({ sessionToken: t }), token);
  const frame = widget(page);

  await expect(frame.getByRole('alert')).toHaveText('We couldn’t reach the server. Check your connection and try again.');
  await expect.poll(() => eventTypes(page)).toContain('error');
  expect(await page.evaluate(() => window.pb.events.find((event) => event.type === 'error'))).toMatchObject({ type: 'error', payload: { errorType: 'network_error' } });
  await expect(frame.getByRole('button', { name: 'Try again' })).toBeFocused();

  isReachable = true;
  await frame.getByRole('button', { name: 'Try again' }).click();
  await expect(frame.getByRole('searchbox')).toBeVisible();
  await expect(frame.getByRole('button', { name: 'Test API Key', exact: true })).toBeVisible();
});
