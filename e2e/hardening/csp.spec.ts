import { startUiServer } from '../../src/server/ui/server';
import { collectCspViolations } from '../support/csp-violations';
import { eventTypes, expect, test, widget } from './support/fixtures';
import { openIntegration, submitApiKeyForm } from './support/widget-flow';

// The widget runs under its strict Content-Security-Policy with zero violations, on a
// host page whose own CSP forbids inline scripts and styles, and only listed origins may frame it.

/** A CSP header as a map of directive → sources. */
function parseCsp(header: string): Map<string, string[]> {
  const directives = header.split(';').map((part) => part.trim().split(/\s+/)).filter((words) => words[0]);
  return new Map(directives.map(([name, ...sources]) => [name.toLowerCase(), sources]));
}

test('the widget is served with the strict policy: nothing inline, nothing evaluated, network only to the API', async ({ request, stack }) => {
  const response = await request.get(stack.uiUrl);
  expect(response.status()).toBe(200);
  const csp = parseCsp(response.headers()['content-security-policy'] ?? '');
  const api = new URL(stack.apiUrl);
  expect(csp.get('default-src')).toEqual(["'none'"]);
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('style-src')).toEqual(["'self'"]);
  // 'self': the widget reads its deployment's config.json from its own origin.
  expect(csp.get('connect-src')?.sort()).toEqual(["'self'", api.origin, `ws://${api.host}`].sort());
  expect(csp.get('img-src')).toContain(api.origin);
  expect(csp.get('img-src')).not.toContain('data:');
  expect(csp.get('frame-ancestors')).toEqual(['*']); // the documented default: PLUGBOARD_FRAME_ANCESTORS unset
  expect(csp.get('require-trusted-types-for')).toEqual(["'script'"]);
  expect(csp.get('base-uri')).toEqual(["'none'"]);
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(response.headers()['referrer-policy']).toMatch(/^(strict-origin|no-referrer|same-origin)/);
});

test('every screen, from loader to success, runs without a single CSP violation in the widget or on the host page', async ({ page, context, gotoHost, createSession }) => {
  const csp = await collectCspViolations(context);
  await gotoHost(page);
  await page.evaluate(() => window.pb.open());
  const frame = widget(page);
  await expect(frame.getByRole('status')).toBeVisible(); // loader, waiting for the token

  // Two integrations, so there is a list; other suites may add integrations to the shared server.
  const token = await createSession({ allowed_integrations: ['demo-api-key', 'demo-basic'] });
  await page.evaluate(async (t) => window.pb.ui?.setSessionToken(t), token);
  await expect(frame.getByRole('searchbox')).toBeVisible(); // list
  await frame.getByRole('searchbox').fill('key');
  await openIntegration(frame, 'Test API Key'); // form

  await submitApiKeyForm(frame, 'wrong-key');
  await expect(frame.getByRole('alert')).toContainText(/test_/); // failure, with the server's message
  await frame.getByRole('button', { name: /try again/i }).click();
  await expect(frame.getByRole('textbox', { name: 'API Key', exact: true })).toHaveValue('wrong-key');

  await submitApiKeyForm(frame, 'test_csp_walk');
  await expect(frame.getByRole('button', { name: /done/i })).toBeVisible(); // success
  await frame.getByRole('button', { name: /done/i }).click();
  await expect(page.locator('#connect-ui')).toHaveCount(0);
  expect(await eventTypes(page)).toEqual(['ready', 'error', 'connect', 'close']);
  expect(csp.all()).toEqual([]);
});

test('the OAuth flow runs without a CSP violation: the widget waiting, the consent page and the callback page in the popup', async ({ page, context, gotoHost, createSession }) => {
  const csp = await collectCspViolations(context);
  await gotoHost(page);
  await page.evaluate(async (token) => window.pb.open({ sessionToken: token }), await createSession({ allowed_integrations: ['demo-oauth2'] }));
  const frame = widget(page);
  const popupOpened = page.waitForEvent('popup');
  await frame.getByRole('button', { name: 'Connect', exact: true }).click();
  const popup = await popupOpened;
  await expect(popup.getByRole('button', { name: 'Allow' })).toBeVisible();
  const closed = popup.waitForEvent('close');
  await popup.getByRole('button', { name: 'Allow' }).click();
  await expect(frame.getByRole('heading', { name: 'Test OAuth2 is connected' })).toBeVisible();
  await closed;
  expect(csp.all()).toEqual([]);
});

test('the module build of the SDK and Nango\'s own SDK run on a strict-CSP host page without violations', async ({ page, context, gotoHost, createSession }) => {
  const csp = await collectCspViolations(context);
  for (const hostPage of ['host-module.html', 'host-nango.html'] as const) {
    await gotoHost(page, hostPage);
    await page.evaluate(async (token) => window.pb.open({ sessionToken: token }), await createSession());
    await expect(widget(page).getByRole('searchbox')).toBeVisible();
  }
  expect(csp.all()).toEqual([]);
});

test('PLUGBOARD_FRAME_ANCESTORS: a listed site may frame the widget, any other site is refused', async ({ page, context, stack, hostile, otherHostile }) => {
  const csp = await collectCspViolations(context);
  // Exactly as an operator sets it: the environment variable, a space-separated list.
  process.env.PLUGBOARD_FRAME_ANCESTORS = `https://app.customer.example ${hostile.url}`;
  const restricted = await startUiServer({ port: 0, distDir: 'dist/ui', apiUrl: stack.apiUrl, log: () => {} });
  delete process.env.PLUGBOARD_FRAME_ANCESTORS;
  try {
    const policy = (await fetch(restricted.url)).headers.get('content-security-policy') ?? '';
    expect(policy).toContain(`frame-ancestors https://app.customer.example ${hostile.url}`);
    const framing = (site: string) => `${site}/hardening/hostile.html?${new URLSearchParams({ frame: restricted.url })}`;
    await page.goto(framing(hostile.url));
    await expect.poll(() => page.evaluate(() => window.received?.map((message) => message.data))).toEqual([{ type: 'ready' }]);

    await page.goto(framing(otherHostile.url));
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => window.received)).toEqual([]);
    expect(csp.all().join('\n')).toContain('frame-ancestors');
  } finally {
    await restricted.close();
  }
});

test('the policy bites inside the widget frame: inline style, raw innerHTML and a foreign image are refused and reported', async ({ page, context, gotoHost, stack }) => {
  const csp = await collectCspViolations(context);
  await gotoHost(page);
  await page.evaluate(() => window.pb.open());
  await expect(widget(page).getByRole('status')).toBeVisible();
  const frame = page.frames().find((candidate) => candidate.url().startsWith(stack.uiUrl));
  if (!frame) throw new Error('no widget frame');

  // (eval cannot be probed from here: code the test harness evaluates is exempt from script-src.)
  const outcomes = await frame.evaluate(() => {
    const attempt = (action: () => unknown) => {
      try {
        action();
        return 'ran';
      } catch (error) {
        return error instanceof Error ? error.name : 'threw';
      }
    };
    return {
      innerHTML: attempt(() => {
        document.createElement('div').innerHTML = '<img src=x onerror=alert(1)>';
      }),
      style: attempt(() => document.head.append(Object.assign(document.createElement('style'), { textContent: 'body { color: red }' }))),
      image: attempt(() => document.body.append(Object.assign(document.createElement('img'), { src: 'http://127.0.0.9:9/pixel.png' }))),
    };
  });
  expect(outcomes.innerHTML).toBe('TypeError'); // Trusted Types: a plain string may not reach an HTML sink
  await expect.poll(() => csp.violations.map((violation) => violation.directive).sort()).toEqual(
    ['img-src', 'require-trusted-types-for', 'style-src-elem'].sort(),
  );
  expect(csp.violations.every((violation) => violation.documentUrl.startsWith(stack.uiUrl))).toBe(true);
});
