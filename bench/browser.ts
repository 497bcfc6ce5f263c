import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/chromium';
import { freePort } from '../e2e/support/ports';
import { browserEndpoint, connectRawCdp, type RawCdp } from './cdp/raw-cdp';

export interface BenchBrowser {
  browser: Browser;
  /** A second DevTools connection for what Playwright cannot do (see cdp/frame-tap.ts). */
  raw: RawCdp;
  close: () => Promise<void>;
}

/**
 * Headless Chromium with the e2e suite's launch options (Debian's Chromium, never a download),
 * plus a DevTools port on loopback next to Playwright's own pipe.
 */
export async function launchBenchBrowser(): Promise<BenchBrowser> {
  const options = chromiumLaunchOptions(existsSync);
  const port = await freePort();
  const browser = await chromium.launch({
    ...options,
    headless: true,
    args: [...(options.args ?? []), `--remote-debugging-port=${port}`, '--remote-debugging-address=127.0.0.1'],
  });
  const raw = await connectRawCdp(await browserEndpoint(port));
  return {
    browser,
    raw,
    close: async () => {
      raw.close();
      await browser.close();
    },
  };
}
