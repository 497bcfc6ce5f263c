import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';

// The README's script tag carries the Subresource Integrity hash of the versioned SDK
// file, so a CDN copy altered by one byte is refused by the browser. `node scripts/sri.mjs`
// prints the current hashes after `npm run build`.

const sdkFile = 'dist/sdk/plugboard.iife.js';
const sriOf = (bytes: Buffer) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

function readmeSnippet() {
  const readme = readFileSync('README.md', 'utf8');
  const match = readme.match(/<script src="([^"]*\/plugboard\.iife\.js)"\s+integrity="([^"]+)"\s+crossorigin="anonymous"><\/script>/);
  return match ? { src: match[1], integrity: match[2] } : null;
}

test('the README\'s script tag names this version and pins the built file by its sha384', () => {
  const snippet = readmeSnippet();
  const built = sriOf(readFileSync(sdkFile));
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  const expected = `<script src="https://your-cdn.example/plugboard/${version}/plugboard.iife.js" integrity="${built}" crossorigin="anonymous"></script>`;
  expect(snippet, `The README needs the SDK's script tag with its integrity; paste:\n${expected}`).not.toBeNull();
  expect(snippet?.src, 'the versioned path in the README').toContain(`/${version}/`);
  expect(snippet?.integrity, `The SDK changed since the README's hash was taken; paste:\n${expected}`).toBe(built);
});

test('a script tag with the build\'s integrity runs the SDK, and refuses a copy altered by one byte', async ({ page }) => {
  const original = readFileSync(sdkFile);
  const integrity = sriOf(original);
  const site = 'http://customer.plugboard.test';
  let served = original;
  await page.route(`${site}/**`, async (route) => {
    const isSdk = route.request().url().endsWith('.js');
    await route.fulfill({
      contentType: isSdk ? 'text/javascript' : 'text/html',
      headers: { 'access-control-allow-origin': '*' },
      body: isSdk ? served : `<!doctype html><title>SRI</title><script src="/cdn/plugboard.iife.js" integrity="${integrity}" crossorigin="anonymous"></script>`,
    });
  });

  await page.goto(`${site}/page.html`);
  expect(await page.evaluate(() => typeof Reflect.get(window, 'Plugboard'))).toBe('object');

  served = Buffer.concat([original, Buffer.from(' ')]);
  await page.goto(`${site}/page.html`);
  expect(await page.evaluate(() => typeof Reflect.get(window, 'Plugboard'))).toBe('undefined');
});
