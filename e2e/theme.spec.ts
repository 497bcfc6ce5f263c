import AxeBuilder from '@axe-core/playwright';
import { expect, test, widget } from './support/fixtures';

// Issue 6, theming: `system` follows the operating system live, and any primary colour the host
// passes stays readable (WCAG AA) in both themes.

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the system theme follows the operating system while the widget is open', async ({ page, gotoHost, createSession }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await gotoHost(page);
  await page.evaluate((t) => window.pb.open({ sessionToken: t, themeOverride: 'system' }), await createSession());
  const html = widget(page).locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'light');
});

// A light cyan (Nango's default, 2.5:1 on white), a yellow, a dark navy, a mid grey and a colour
// the widget cannot read (the default stays).
const primaries = ['#00b2e3', '#ffd400', '#1a237e', '#777777', 'not-a-colour'];

for (const theme of ['light', 'dark'] as const) {
  test(`any host primary stays readable in the ${theme} theme`, async ({ page, gotoHost, createSession }) => {
    test.setTimeout(90_000);
    await gotoHost(page);
    for (const primaryColor of primaries) {
      await page.evaluate((options) => window.pb.open(options), { sessionToken: await createSession(), themeOverride: theme, primaryColor });
      const frame = widget(page);
      const applied = await frame.locator('html').evaluate((html) => html.style.getPropertyValue('--pb-primary'));
      expect(applied).toBe(primaryColor === 'not-a-colour' ? '' : primaryColor);
      await frame.getByRole('button', { name: 'Test API Key', exact: true }).click();
      await frame.getByRole('button', { name: 'Connect', exact: true }).click(); // empty: an error and a link in view
      await expect(frame.getByText('This field is required.')).toBeVisible();
      const results = await new AxeBuilder({ page }).include(['#connect-ui', 'html']).withTags(tags).analyze();
      const found = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' >>> ')).join(', ')}`);
      expect.soft(found, `axe violations with primary ${primaryColor}`).toEqual([]);
      await page.bringToFront();
      await page.evaluate(() => window.pb.ui?.close());
      await expect(page.locator('#connect-ui')).toHaveCount(0);
    }
  });
}
