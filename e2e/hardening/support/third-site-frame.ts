import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, type Frame, type Page } from '@playwright/test';

/**
 * Adds a frame on the third site (an ad, a chat widget, a compromised script) to the host page and
 * returns it once its recorder runs. The host page's own CSP lets it frame only the widget and the
 * third site, so the attacker's page is served on the third site's origin by `page.route()`.
 */
export async function addThirdSiteFrame(page: Page, thirdUrl: string): Promise<Frame> {
  const url = await serveOnThirdSite(page, thirdUrl);
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.title = 'third party';
    document.body.appendChild(frame);
  }, url);
  return recorderFrame(page, url);
}

/** Serves the attacker's page on the third site's origin; returns its URL. */
export async function serveOnThirdSite(page: Page, thirdUrl: string): Promise<string> {
  const pages = resolve('e2e/hardening/pages');
  await page.route(`${thirdUrl}/hardening/hostile.*`, async (route) => {
    const isScript = route.request().url().endsWith('.js');
    await route.fulfill({
      contentType: isScript ? 'text/javascript' : 'text/html',
      body: await readFile(resolve(pages, isScript ? 'hostile.js' : 'hostile.html')),
    });
  });
  return `${thirdUrl}/hardening/hostile.html`;
}

/** The frame of the page showing `url`, once the attacker's recorder runs in it. */
export async function recorderFrame(page: Page, url: string): Promise<Frame> {
  await expect.poll(() => page.frames().some((frame) => frame.url() === url)).toBe(true);
  const frame = page.frames().find((candidate) => candidate.url() === url);
  if (!frame) throw new Error('the third-site frame did not load');
  await frame.waitForFunction(() => Array.isArray(window.received));
  return frame;
}
