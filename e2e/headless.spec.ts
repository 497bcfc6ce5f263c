import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

// `plugboard/headless` in a host page of its own (no widget), against the reference API in real
// Chromium: the built module as a customer's page loads it, under the host page's strict CSP.

declare global {
  interface Window {
    headless: {
      client: { connect: (id: string, values: Record<string, string>) => Promise<unknown>; provider: (id: string) => Promise<{ fields: Array<{ key: string }> }> };
      outcomes: unknown[];
      record: (promise: Promise<unknown>) => Promise<unknown>;
    };
  }
}

async function openHeadless(page: Page, stack: { hostUrl: string; apiUrl: string }, token: string, integration: string) {
  const query = new URLSearchParams({ api: stack.apiUrl, token, integration });
  await page.goto(`${stack.hostUrl}/pages/headless.html?${query}`);
  await page.waitForFunction(() => window.headless !== undefined);
}

test('authorize() in a popup: Allow resolves with the connection, Deny rejects with its type', async ({ page, stack, createSession }) => {
  await openHeadless(page, stack, await createSession({ allowed_integrations: ['demo-oauth2'] }), 'demo-oauth2');
  for (const [button, expected] of [
    ['Allow', { ok: { providerConfigKey: 'demo-oauth2', connectionId: expect.any(String), isPending: false } }],
    ['Deny', { error: { type: 'connection_validation_failed', code: expect.any(String) } }],
  ] as const) {
    const popupOpened = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Connect with OAuth' }).click();
    const popup = await popupOpened;
    const closed = popup.waitForEvent('close');
    await popup.getByRole('button', { name: button }).click();
    await expect.poll(() => page.evaluate(() => window.headless.outcomes.length)).toBeGreaterThan(button === 'Allow' ? 0 : 1);
    expect(await page.evaluate(() => window.headless.outcomes.at(-1))).toEqual(expected);
    await closed;
  }
});

test('connect() with an API key: the form as data, success, and the provider’s refusal', async ({ page, stack, createSession }) => {
  await openHeadless(page, stack, await createSession({ allowed_integrations: ['demo-api-key'] }), 'demo-api-key');
  const keys = await page.evaluate(async () => (await window.headless.client.provider('demo-api-key')).fields.map((field) => field.key));
  expect(keys).toEqual(expect.arrayContaining(['credentials.apiKey']));
  await page.evaluate(() => window.headless.record(window.headless.client.connect('demo-api-key', { apiKey: 'test_key', region: 'eu' })));
  await page.evaluate(() => window.headless.record(window.headless.client.connect('demo-api-key', { apiKey: 'live_key', region: 'eu' })));
  expect(await page.evaluate(() => window.headless.outcomes)).toEqual([
    { ok: { providerConfigKey: 'demo-api-key', connectionId: expect.any(String) } },
    { error: { type: 'connection_test_failed', code: 'connection_test_failed' } },
  ]);
});
