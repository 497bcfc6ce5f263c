import type { FrameLocator, Locator, Page } from '@playwright/test';
import { eventTypes, expect, pressToClose, test, widget } from './support/fixtures';

// Issue 4: every non-OAuth demo integration connected by keyboard alone against the reference
// API; a wrong key; an expired session resumed with the values kept.

interface Case {
  key: string;
  name: string;
  /** Visible fields to fill, by label, in form order; others keep their defaults. */
  fields: Array<[label: string, value: string]>;
}

const cases: Case[] = [
  { key: 'demo-api-key', name: 'Test API Key', fields: [['API Key', 'test_key']] },
  {
    key: 'demo-basic',
    name: 'Test Basic Auth',
    fields: [['Account Domain', 'acme'], ['Email Address', 'jane@acme.test'], ['API Token', 'test_token']],
  },
  { key: 'demo-oauth2-cc', name: 'Test OAuth2 Client Credentials', fields: [['Client ID', 'acme-client'], ['Client Secret', 'test_secret']] },
  { key: 'demo-none', name: 'Test Public API', fields: [] },
  {
    key: 'demo-tba',
    name: 'Test Token-Based Auth',
    fields: [
      ['OAuth client ID', 'client'],
      ['OAuth client secret', 'test_client'],
      ['Token ID', 'token'],
      ['Token secret', 'test_token'],
      ['Account ID', '1234567_SB1'],
    ],
  },
  { key: 'demo-jwt', name: 'Test JWT', fields: [['Issuer ID', 'acme-issuer'], ['Key ID', 'key-1'], ['Private Key', 'test_key']] },
  { key: 'demo-two-step', name: 'Test Two-Step', fields: [['Email', 'jane@acme.test'], ['Password', 'test_pw']] },
  {
    key: 'demo-bill',
    name: 'Test Bill',
    fields: [['User name', 'jane'], ['Password', 'test_pw'], ['Organization ID', 'org-1'], ['Developer key', 'dev']],
  },
  { key: 'demo-signature', name: 'Test Signature', fields: [['User name', 'jane'], ['Password', 'test_pw']] },
  { key: 'demo-aws-sigv4', name: 'Test AWS SigV4', fields: [['IAM role ARN', 'arn:aws:iam::123456789012:role/test_plugboard']] },
  { key: 'demo-oauth2-outbound', name: 'Test OAuth2 Outbound', fields: [] },
];

/** Presses Tab until `target` has focus (links, close buttons and optional fields are passed by). */
async function tabUntil(page: Page, target: Locator, what: string) {
  for (let presses = 0; presses < 12; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${what}`);
}

const tabTo = (page: Page, frame: FrameLocator, label: string) => tabUntil(page, frame.getByLabel(label, { exact: true }), `"${label}"`);

/** Opens the widget with a session and picks the integration by typing its name. */
async function openIntegration(page: Page, token: string, name: string) {
  await page.evaluate((t) => window.pb.open({ sessionToken: t }), token);
  const frame = widget(page);
  const search = frame.getByRole('searchbox');
  await expect(search).toBeFocused(); // more than five integrations: typing comes first
  await page.keyboard.type(name);
  await page.keyboard.press('ArrowDown');
  await expect(frame.getByRole('button', { name, exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(frame.getByRole('heading', { name: `Connect ${name}` })).toBeVisible();
  // The form's first field takes the focus in the frame that paints the form, after it is laid
  // out: a user sees it focused, and typing comes next.
  await expect(frame.locator('form [data-autofocus]').first()).toBeFocused();
  return frame;
}

async function fill(page: Page, frame: FrameLocator, fields: Case['fields']) {
  for (const [label, value] of fields) {
    await tabTo(page, frame, label);
    await page.keyboard.type(value);
  }
}

const connectEvents = (page: Page) =>
  page.evaluate(() => window.pb.events.filter((event) => event.type === 'connect' || event.type === 'error'));

for (const { key, name, fields } of cases) {
  test(`connects ${key} by keyboard alone`, async ({ page, gotoHost, createSession }) => {
    await gotoHost(page);
    const frame = await openIntegration(page, await createSession(), name);
    await fill(page, frame, fields);
    if (fields.length === 0) await tabUntil(page, frame.getByRole('button', { name: 'Connect', exact: true }), 'Connect');
    await page.keyboard.press('Enter');

    await expect(frame.getByRole('heading', { name: `${name} is connected` })).toBeFocused();
    const [event] = await connectEvents(page);
    expect(event).toEqual({ type: 'connect', payload: { providerConfigKey: key, connectionId: expect.any(String) } });

    await tabUntil(page, frame.getByRole('button', { name: 'Done' }), 'Done');
    await pressToClose(page);
    expect(await eventTypes(page)).toEqual(['ready', 'connect', 'close']);
  });
}

test('the Basic form’s last link, reached by Tab or by scrolling to the end, is whole and above the footer', async ({ page, gotoHost, createSession }) => {
  await page.setViewportSize({ width: 390, height: 640 }); // a phone: the form scrolls
  await gotoHost(page);
  const frame = await openIntegration(page, await createSession(), 'Test Basic Auth');
  await frame.getByRole('button', { name: 'Connect', exact: true }).click(); // the errors make it longer
  await expect(frame.getByText('This field is required.').first()).toBeVisible();
  const last = frame.locator('.pb-body a').last();
  for (const how of ['tab', 'scroll'] as const) {
    const placement = await last.evaluate((link, way) => {
      const body = link.closest('.pb-body') as HTMLElement;
      body.scrollTop = 0;
      // Tab scrolls the focused link just into view; a user scrolling down ends at the very end.
      if (way === 'tab') link.focus({ focusVisible: true } as FocusOptions);
      else body.scrollTop = body.scrollHeight;
      const ring = parseFloat(getComputedStyle(link).outlineWidth) + parseFloat(getComputedStyle(link).outlineOffset);
      const box = link.getBoundingClientRect();
      const area = body.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return {
        clearAbove: box.top - ring - Math.max(0, area.top),
        clearBelow: Math.min(window.innerHeight, area.bottom) - (box.bottom + ring),
        isOnTop: hit !== null && link.contains(hit),
      };
    }, how);
    // The link and its focus ring lie inside the frame's viewport and the scroll area's visible part.
    expect(placement.clearAbove, how).toBeGreaterThanOrEqual(0);
    expect(placement.clearBelow, how).toBeGreaterThanOrEqual(0);
    expect(placement.isOnTop, `${how}: the link, not the footer, is under its centre`).toBe(true);
  }
});

test('a wrong key gets a clear message and exactly one error event; Try again keeps the value', async ({ page, gotoHost, createSession }) => {
  await gotoHost(page);
  const frame = await openIntegration(page, await createSession(), 'Test API Key');
  await page.keyboard.type('wrong-key');
  await page.keyboard.press('Enter');

  await expect(frame.getByRole('alert')).toContainText('starts with "test_"');
  await expect(frame.getByRole('heading', { name: 'We couldn’t connect Test API Key' })).toBeFocused();
  expect(await connectEvents(page)).toEqual([
    {
      type: 'error',
      payload: {
        errorType: 'connection_test_failed',
        errorMessage: expect.stringContaining('test_'),
        errorCode: 'connection_test_failed',
      },
    },
  ]);

  await frame.getByRole('button', { name: 'Try again' }).press('Enter');
  await expect(frame.getByLabel('API Key', { exact: true })).toHaveValue('wrong-key');
});

test('an expired session shows a clear screen, tells the host, and resumes with the values kept', async ({ page, gotoHost, createSession, stack }) => {
  await gotoHost(page);
  const token = await createSession();
  const frame = await openIntegration(page, token, 'Test Basic Auth');
  await fill(page, frame, [['Account Domain', 'acme'], ['Email Address', 'jane@acme.test'], ['API Token', 'test_token']]);

  // The session ends while the user is typing (expiry or revocation look the same: 401).
  const revoked = await fetch(`${stack.apiUrl}/connect/session`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
  expect(revoked.status).toBe(204);
  await page.keyboard.press('Enter');

  await expect(frame.getByRole('heading', { name: 'This session has expired' })).toBeVisible();
  expect(await connectEvents(page)).toEqual([
    { type: 'error', payload: { errorType: 'session_expired', errorMessage: expect.any(String), errorCode: 'unknown_connect_session_token' } },
  ]);

  await page.evaluate((t) => window.pb.ui?.setSessionToken(t), await createSession());
  await expect(frame.getByLabel('Account Domain', { exact: true })).toHaveValue('acme');
  await expect(frame.getByLabel('Email Address', { exact: true })).toHaveValue('jane@acme.test');
  await expect(frame.getByLabel('API Token', { exact: true })).toHaveValue('test_token');
  await frame.getByRole('button', { name: 'Connect', exact: true }).press('Enter');
  await expect(frame.getByRole('heading', { name: 'Test Basic Auth is connected' })).toBeVisible();
});

test('leaving a filled form asks first, inside the widget', async ({ page, gotoHost, createSession }) => {
  await gotoHost(page);
  const frame = await openIntegration(page, await createSession(), 'Test API Key');
  await page.keyboard.type('test_half');
  await page.keyboard.press('Escape');
  const confirm = frame.getByRole('alertdialog', { name: 'Leave this form?' });
  await expect(confirm).toBeVisible();
  await expect(frame.getByRole('button', { name: 'Stay' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm).toHaveCount(0);
  await expect(frame.getByLabel('API Key', { exact: true })).toHaveValue('test_half');

  await page.keyboard.press('Escape');
  await frame.getByRole('button', { name: 'Leave' }).focus();
  await pressToClose(page);
  expect(await eventTypes(page)).toEqual(['ready', 'close']);
});

test('a host that never replaces an expired token: after a short wait the widget says to close and try again, and Close works', async ({ page, gotoHost, createSession, stack }) => {
  await gotoHost(page);
  const token = await createSession();
  const frame = await openIntegration(page, token, 'Test API Key');
  await fetch(`${stack.apiUrl}/connect/session`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
  await page.keyboard.type('test_key');
  await page.keyboard.press('Enter');
  await expect(frame.getByRole('heading', { name: 'This session has expired' })).toBeVisible();
  await expect(frame.getByRole('alert')).toHaveText('The application did not start a session in time. Close this window and try again.', { timeout: 15_000 });
  await frame.getByRole('button', { name: 'Close', exact: true }).last().click();
  await expect(page.locator('#connect-ui')).toHaveCount(0);
  expect(await eventTypes(page)).toEqual(['ready', 'error', 'close']);
});

test('a token that arrives after "close this window" still works, and the widget says it connected again', async ({ page, gotoHost, createSession, stack }) => {
  await gotoHost(page);
  const token = await createSession();
  const frame = await openIntegration(page, token, 'Test API Key');
  await fetch(`${stack.apiUrl}/connect/session`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
  await page.keyboard.type('test_key');
  await page.keyboard.press('Enter');
  await expect(frame.getByRole('alert')).toHaveText('The application did not start a session in time. Close this window and try again.', { timeout: 15_000 });

  await page.evaluate((t) => window.pb.ui?.setSessionToken(t), await createSession());
  await expect(frame.getByLabel('API Key', { exact: true })).toHaveValue('test_key');
  await expect(frame.getByText('Connected to the application again.')).toHaveAttribute('aria-live', 'polite');
});

test('a malformed token is not called expired', async ({ page, gotoHost }) => {
  await gotoHost(page);
  await page.evaluate(() => window.pb.open({ sessionToken: 'not-a-session-token' }));
  const frame = widget(page);
  await expect(frame.getByRole('heading', { name: 'The connection could not start' })).toBeVisible();
  await expect(frame.getByRole('alert')).toHaveText('The application sent a session that is not valid. Close this window and try again.');
  expect(await page.evaluate(() => window.pb.events.at(-1))).toMatchObject({ type: 'error', payload: { errorType: 'invalid_session_token' } });
});
