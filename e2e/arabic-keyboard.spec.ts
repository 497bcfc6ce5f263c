import type { Locator, Page } from '@playwright/test';
import { allEnglish as en } from '../src/app/i18n/all-english';
import type { MessageKey } from '../src/app/i18n/en';
import { interpolate, type MessageParams } from '../src/app/i18n/interpolate';
import ar from '../src/app/i18n/messages/ar';
import { expect, pressToClose, test, widget } from './support/fixtures';
import { ar as arabicFields } from '../src/server/api/providers/i18n/ar';

// Issue 6, "done when": a user switches the demo to Arabic and completes a connection by
// keyboard alone, in a right-to-left widget.

function arabic(key: MessageKey, params?: MessageParams): string {
  const messages: Partial<Record<MessageKey, string>> = ar;
  return interpolate(messages[key] ?? en[key], params, { isolate: true });
}

/** Presses Tab until `target` has focus; fails if it never does. */
async function tabUntil(page: Page, target: Locator, what: string) {
  for (let presses = 0; presses < 20; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${what}`);
}

test('the demo switched to Arabic: connect an API key by keyboard alone', async ({ page, stack }) => {
  await page.goto(stack.demoUrl);
  const language = page.getByLabel('Language');
  await expect(page.getByLabel('Integration').locator('option')).not.toHaveCount(1);

  await tabUntil(page, language, 'the language menu');
  await page.keyboard.press('End'); // العربية, the last language
  await expect(language).toHaveValue('ar');
  await tabUntil(page, page.getByRole('button', { name: 'Connect an account' }), 'the connect button');
  await page.keyboard.press('Enter');

  const frame = widget(page);
  await expect(frame.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'ar');
  const search = frame.getByRole('searchbox', { name: arabic('list.search') });
  await expect(search).toBeFocused();
  await page.keyboard.type('Test API Key');
  await page.keyboard.press('ArrowDown');
  await expect(frame.getByRole('button', { name: 'Test API Key', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(frame.getByRole('heading', { name: arabic('form.title', { name: 'Test API Key' }) })).toBeVisible();
  await tabUntil(page, frame.getByLabel(arabicFields['test-api-key']?.credentials?.['apiKey']?.title ?? 'API Key', { exact: true }), 'the API key field');
  await page.keyboard.type('test_arabic_keyboard');
  await page.keyboard.press('Enter');

  await expect(frame.getByRole('heading', { name: arabic('success.title', { name: 'Test API Key' }) })).toBeFocused();
  await tabUntil(page, frame.getByRole('button', { name: arabic('common.done') }), 'Done');
  await pressToClose(page);
  await expect(page.locator('#connections')).toContainText('Test API Key');
});
