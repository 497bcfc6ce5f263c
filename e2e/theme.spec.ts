import { inflateSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
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

/** The red channel of one screen pixel, read from a 1×1 PNG screenshot (8-bit RGB or RGBA). */
async function redAt(page: Page, x: number, y: number): Promise<number> {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 } });
  const chunks: Buffer[] = [];
  for (let offset = 8; offset < png.length; ) {
    const length = png.readUInt32BE(offset);
    if (png.toString('ascii', offset + 4, offset + 8) === 'IDAT') chunks.push(png.subarray(offset + 8, offset + 8 + length));
    offset += length + 12;
  }
  return inflateSync(Buffer.concat(chunks))[1] ?? -1; // byte 0 is the row's filter type
}

test('the host page stays visible behind the backdrop in every theme and OS scheme', async ({ page, gotoHost, createSession }) => {
  for (const os of ['light', 'dark'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: os });
      await gotoHost(page); // a white page, its heading at the top left
      await page.evaluate((options) => window.pb.open(options), { sessionToken: await createSession(), themeOverride: theme });
      await expect(widget(page).getByRole('searchbox')).toBeVisible();
      await expect.poll(() => widget(page).locator('.pb-backdrop').evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
      // White seen through a 55–70 % dark backdrop is a mid grey; an opaque dark frame canvas
      // (root colour scheme differing from the host's) would be near black.
      expect(await redAt(page, 4, 4), `OS ${os}, widget ${theme}`).toBeGreaterThan(50);
    }
  }
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
      // The colour maths are the first chunk's: the primary is in place when the list shows.
      const row = frame.getByRole('button', { name: 'Test API Key', exact: true });
      await expect(row).toBeVisible();
      const applied = await frame.locator('html').evaluate((html) => html.style.getPropertyValue('--pb-primary'));
      expect(applied).toBe(primaryColor === 'not-a-colour' ? '' : primaryColor);
      await row.click();
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
