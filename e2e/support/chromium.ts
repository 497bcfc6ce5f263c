import type { LaunchOptions } from '@playwright/test';

const systemChromium = '/usr/bin/chromium';

// Playwright 1.65's own --disable-features list minus ThirdPartyStoragePartitioning, which MSW in a
// cross-site iframe needs on (the last --disable-features switch wins). Re-check when upgrading.
const disabledFeatures = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
].join(',');

/**
 * Debian's Chromium when it is installed (CI and this kind of machine, where no browser can be
 * downloaded); elsewhere Playwright's own browser.
 */
export function chromiumLaunchOptions(exists: (path: string) => boolean): LaunchOptions {
  const args = [
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    `--disable-features=${disabledFeatures}`,
  ];
  if (!exists(systemChromium)) return { args };
  return { executablePath: systemChromium, args: ['--no-sandbox', ...args] };
}
