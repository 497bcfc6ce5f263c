import AxeBuilder from '@axe-core/playwright';
import type { FrameLocator, Page } from '@playwright/test';
import { allEnglish as en } from '../src/app/i18n/all-english';
import type { MessageKey } from '../src/app/i18n/en';
import { interpolate, type MessageParams } from '../src/app/i18n/interpolate';
import ar from '../src/app/i18n/messages/ar';
import { expect, test, widget } from './support/fixtures';
import { ar as arabicFields } from '../src/server/api/providers/i18n/ar';

// Issue 6: zero axe violations (WCAG 2.0/2.1/2.2 A and AA) on every screen of the widget, inside
// its cross-origin iframe, in light and dark, left-to-right (English) and right-to-left (Arabic).

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const languages = { en, ar } as const;
type Language = keyof typeof languages;
type Theme = 'light' | 'dark';

/** The widget's text for `key` in `lang`, as the user sees it (values bidi-isolated in Arabic). */
function say(lang: Language, key: MessageKey, params?: MessageParams): string {
  const messages: Partial<Record<MessageKey, string>> = languages[lang];
  return interpolate(messages[key] ?? en[key], params, { isolate: lang === 'ar' });
}

/** Form screens: one integration per auth mode that shows a form (OAuth2 is the waiting screen). */
const forms = [
  'Test API Key',
  'Test Basic Auth',
  'Test OAuth2 Client Credentials',
  'Test Public API',
  'Test Token-Based Auth',
  'Test JWT',
  'Test Two-Step',
  'Test Bill',
  'Test Signature',
  'Test AWS SigV4',
  'Test OAuth2 Outbound',
];

/** Waits for the open animation and other finite transitions, so contrast is measured at rest. */
async function settle(frame: FrameLocator) {
  await frame.locator('html').evaluate(async () => {
    const finite = document.getAnimations().filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity);
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
  });
}

/** Scans the widget's document only (the host page is not ours) and lists violations readably. */
async function scan(page: Page, screen: string) {
  await settle(widget(page));
  const results = await new AxeBuilder({ page }).include(['#connect-ui', 'html']).withTags(tags).analyze();
  const found = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target.join(' >>> ')),
    summary: violation.nodes[0]?.failureSummary?.split('\n').slice(0, 3).join(' '),
  }));
  expect.soft(found, `axe violations on ${screen}`).toEqual([]);
  // axe finishes its run in a blank page of its own; give the widget's page the foreground back.
  await page.bringToFront();
}

/** A field's label: the reference API serves provider field titles in the widget's language. */
function fieldLabel(lang: Language, provider: string, section: 'credentials' | 'connection_config', name: string, english: string): string {
  return lang === 'ar' ? (arabicFields[provider]?.[section]?.[name]?.title ?? english) : english;
}
const apiKeyLabel = (lang: Language) => fieldLabel(lang, 'test-api-key', 'credentials', 'apiKey', 'API Key');

async function openWidget(page: Page, lang: Language, theme: Theme, sessionToken?: string) {
  await page.evaluate((options) => window.pb.open(options), { lang, themeOverride: theme, ...(sessionToken ? { sessionToken } : {}) });
  const frame = widget(page);
  await expect(frame.locator('html')).toHaveAttribute('lang', lang);
  await expect(frame.locator('html')).toHaveAttribute('data-theme', theme);
  await expect(frame.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
  return frame;
}

async function openForm(frame: FrameLocator, lang: Language, name: string) {
  await frame.getByRole('button', { name, exact: true }).click();
  await expect(frame.getByRole('heading', { name: say(lang, 'form.title', { name }) })).toBeVisible();
}

const matrix: Array<{ lang: Language; theme: Theme }> = [
  { lang: 'en', theme: 'light' },
  { lang: 'en', theme: 'dark' },
  { lang: 'ar', theme: 'light' },
  { lang: 'ar', theme: 'dark' },
];

for (const { lang, theme } of matrix) {
  test.describe(`${lang} ${theme}`, () => {
    test('loader, list and every form', async ({ page, gotoHost, createSession }) => {
      test.setTimeout(90_000);
      await gotoHost(page);
      const frame = await openWidget(page, lang, theme);
      await expect(frame.getByRole('status').first()).toBeVisible();
      await scan(page, 'loader');

      await page.evaluate(async (t) => window.pb.ui?.setSessionToken(t), await createSession());
      await expect(frame.getByRole('searchbox')).toBeVisible();
      await scan(page, 'list');

      await frame.getByRole('searchbox').fill('nothing matches this');
      await expect(frame.getByText(say(lang, 'list.noMatch', { query: 'nothing matches this' }))).toBeVisible();
      await scan(page, 'list with no match');
      await frame.getByRole('searchbox').fill('');

      for (const name of forms) {
        await openForm(frame, lang, name);
        await scan(page, `form ${name}`);
        await frame.getByRole('button', { name: say(lang, 'common.back') }).click();
        await expect(frame.getByRole('searchbox')).toBeVisible();
      }
    });

    test('invalid fields, leave confirmation, failure with details, success', async ({ page, gotoHost, createSession }) => {
      await gotoHost(page);
      const frame = await openWidget(page, lang, theme, await createSession());
      await openForm(frame, lang, 'Test Basic Auth');
      await frame.getByRole('button', { name: say(lang, 'form.connect'), exact: true }).click();
      await expect(frame.getByText(say(lang, 'field.required')).first()).toBeVisible();
      await scan(page, 'form with errors');

      await frame.getByRole('textbox', { name: fieldLabel(lang, 'test-basic', 'connection_config', 'subdomain', 'Account Domain'), exact: true }).fill('acme');
      await page.keyboard.press('Escape');
      await expect(frame.getByRole('alertdialog')).toBeVisible();
      await scan(page, 'leave confirmation');
      await frame.getByRole('button', { name: say(lang, 'confirm.stay') }).click();

      await frame.getByRole('button', { name: say(lang, 'common.back') }).click();
      await frame.getByRole('button', { name: say(lang, 'confirm.leave') }).click();
      await openForm(frame, lang, 'Test API Key');
      await frame.getByLabel(apiKeyLabel(lang), { exact: true }).fill('wrong-key');
      await frame.getByRole('button', { name: say(lang, 'form.connect'), exact: true }).click();
      await expect(frame.getByRole('heading', { name: say(lang, 'failure.title', { name: 'Test API Key' }) })).toBeVisible();
      await scan(page, 'failure');
      await frame.getByRole('button', { name: say(lang, 'failure.showDetails') }).click();
      await scan(page, 'failure with details');

      await frame.getByRole('button', { name: say(lang, 'common.tryAgain') }).click();
      await frame.getByLabel(apiKeyLabel(lang), { exact: true }).fill('test_key');
      await frame.getByRole('button', { name: say(lang, 'form.connect'), exact: true }).click();
      await expect(frame.getByRole('heading', { name: say(lang, 'success.title', { name: 'Test API Key' }) })).toBeVisible();
      await scan(page, 'success');
    });

    test('OAuth waiting, and the window closed early', async ({ page, gotoHost, createSession }) => {
      await gotoHost(page);
      const frame = await openWidget(page, lang, theme, await createSession());
      const popup = page.waitForEvent('popup');
      await frame.getByRole('button', { name: 'Test OAuth2', exact: true }).click();
      const connect = frame.getByRole('button', { name: say(lang, 'form.connect'), exact: true });
      // OAuth2 without fields may open its window straight from the list, or from a one-button form
      // (which appears once its provider has been fetched): wait for whichever comes.
      const first = await Promise.race([popup.then(() => 'popup' as const), connect.waitFor().then(() => 'form' as const)]);
      if (first === 'form') await connect.click();
      const window = await popup;
      await expect(frame.getByRole('heading', { name: say(lang, 'oauth.title', { name: 'Test OAuth2' }) })).toBeVisible();
      await scan(page, 'OAuth waiting');

      await window.close();
      await expect(frame.getByRole('alert')).toBeVisible();
      await scan(page, 'OAuth window closed');
    });

    test('expired session', async ({ page, gotoHost, createSession, stack }) => {
      await gotoHost(page);
      const token = await createSession();
      const frame = await openWidget(page, lang, theme, token);
      await openForm(frame, lang, 'Test API Key');
      await fetch(`${stack.apiUrl}/connect/session`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
      await frame.getByLabel(apiKeyLabel(lang), { exact: true }).fill('test_key');
      await frame.getByRole('button', { name: say(lang, 'form.connect'), exact: true }).click();
      await expect(frame.getByRole('heading', { name: say(lang, 'expired.title') })).toBeVisible();
      await scan(page, 'expired');
    });

    test('no token from the host', async ({ page, gotoHost }) => {
      await gotoHost(page);
      const frame = await openWidget(page, lang, theme);
      await expect(frame.getByRole('heading', { name: say(lang, 'tokenTimeout.title') })).toBeVisible({ timeout: 15_000 });
      await scan(page, 'no token');
    });
  });
}
