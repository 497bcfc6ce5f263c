import { expect, test, widget } from './support/fixtures';

// The host's product in the header, in a real Chromium under the widget's real CSP: the name as
// text, the logo only from an https origin the widget's img-src allows, the "Secured by" line off
// on request.

const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24"><rect width="24" height="24" fill="#c00"/></svg>';
// Nango Cloud's logo host is in the widget's img-src by default (`--image-origin`).
const allowedLogo = 'https://app.nango.dev/acme-logo.svg';
const foreignLogo = 'https://logos.elsewhere.example/acme-logo.svg';

test('the header names the host and the integration with its logo; poweredBy: false hides the Secured-by line', async ({ page, gotoHost, createSession }) => {
  await page.route(allowedLogo, (route) => route.fulfill({ contentType: 'image/svg+xml', body: svg }));
  await gotoHost(page);
  const branding = { name: 'Acme CRM', logoURL: allowedLogo, poweredBy: false };
  await page.evaluate(async ([t, b]) => window.pb.open({ sessionToken: t, branding: b }), [await createSession(), branding] as const);
  const frame = widget(page);
  await expect(frame.getByText('Acme CRM', { exact: true })).toBeVisible();
  await expect.poll(() => frame.locator('.pb-brand-logo').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(24);
  await expect(frame.getByText('Secured by Plugboard')).toHaveCount(0);
  await frame.getByRole('button', { name: 'Test API Key' }).click();
  await expect(frame.getByText('Acme CRM wants to connect to Test API Key')).toBeVisible();
});

test('a logo from an origin outside the widget\'s img-src is blocked and left out; a hostile name stays text', async ({ page, gotoHost, createSession }) => {
  let foreignRequested = false;
  await page.route(foreignLogo, (route) => {
    foreignRequested = true;
    return route.fulfill({ contentType: 'image/svg+xml', body: svg });
  });
  await gotoHost(page);
  const name = '<img src=x onerror="parent.postMessage(1, \'*\')">Acme';
  await page.evaluate(async ([t, b]) => window.pb.open({ sessionToken: t, branding: b }), [await createSession(), { name, logoURL: foreignLogo }] as const);
  const frame = widget(page);
  await expect(frame.getByText(name, { exact: true })).toBeVisible();
  await expect(frame.locator('.pb-brand-logo')).toHaveCount(0);
  await expect(frame.locator('img[src="x"]')).toHaveCount(0);
  await expect(frame.getByText('Secured by Plugboard')).toBeVisible();
  expect(foreignRequested).toBe(false);
});
