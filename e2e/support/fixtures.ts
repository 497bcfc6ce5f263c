import { test as base, expect, type FrameLocator, type Page } from '@playwright/test';
import { readStack, type Stack } from './stack';

export interface SessionBody {
  end_user?: { id: string; email?: string; display_name?: string };
  allowed_integrations?: string[];
  integrations_config_defaults?: Record<string, unknown>;
  [key: string]: unknown;
}

export type HostPage = 'host.html' | 'host-module.html' | 'host-nango.html' | 'host-head.html' | 'host-inline.html';

interface Fixtures {
  stack: Stack;
  /** Creates a connect session with the secret key, as a customer's backend does; returns the token. */
  createSession: (body?: SessionBody) => Promise<string>;
  /** Opens one of the test host pages (a customer's page) with the widget and API URLs. */
  gotoHost: (page: Page, hostPage?: HostPage) => Promise<void>;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  stack: async ({}, use) => use(readStack()),
  createSession: async ({ stack }, use) => {
    await use(async (body = {}) => {
      const response = await fetch(`${stack.apiUrl}/connect/sessions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${stack.secretKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ end_user: { id: 'e2e-user', email: 'ada@example.com', display_name: 'Ada' }, ...body }),
      });
      const json = (await response.json()) as { data?: { token?: string } };
      if (response.status !== 201 || !json.data?.token) throw new Error(`session: ${response.status} ${JSON.stringify(json)}`);
      return json.data.token;
    });
  },
  gotoHost: async ({ stack }, use) => {
    await use(async (page, hostPage = 'host.html') => {
      const query = new URLSearchParams({ ui: stack.uiUrl, api: stack.apiUrl, third: stack.thirdUrl });
      await page.goto(`${stack.hostUrl}/pages/${hostPage}?${query}`);
      await page.waitForFunction(() => 'pb' in window);
    });
  },
});

/** The widget, seen from the host page. */
export const widget = (page: Page): FrameLocator => page.frameLocator('#connect-ui');

/** The `onEvent` calls the host page received so far, by type. */
export const eventTypes = (page: Page) => page.evaluate(() => window.pb.events.map((event) => event.type));

/**
 * Presses a key (Enter on the focused control, or Escape) in the widget when that press closes it.
 * The widget posts `close` a task after the keydown and the host removes the iframe; Chromium may
 * then never acknowledge that key event to DevTools (seen in CI: Playwright's `keyboard.down`
 * waiting 60 s, the widget long gone), and a keyup would go to the host page. The frame gone is the
 * outcome that counts: the press is not awaited past it, and released only if it was acknowledged.
 */
export async function pressToClose(page: Page, key: 'Enter' | 'Escape' = 'Enter'): Promise<void> {
  const down = page.keyboard.down(key).then(
    () => true,
    () => false,
  );
  await expect(page.locator('#connect-ui')).toHaveCount(0);
  const isAcknowledged = await Promise.race([down, new Promise<false>((resolve) => setTimeout(() => resolve(false), 1_000))]);
  if (isAcknowledged) await page.keyboard.up(key);
}

export { expect };
