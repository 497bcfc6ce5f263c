import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/chromium';

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/support/global-setup.ts',
  workers: 1, // 2 cores: one Chromium plus four servers
  // Generous limits: these tests check behaviour, never speed (that is `npm run bench`), and a
  // 2-core CI machine runs Chromium beside four servers. One retry on CI, reported as flaky.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  forbidOnly: true,
  use: {
    launchOptions: chromiumLaunchOptions(existsSync),
    trace: 'retain-on-failure',
  },
});
