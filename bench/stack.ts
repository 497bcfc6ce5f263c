import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startApiServer } from '../src/server/api/server';
import { startUiServer } from '../src/server/ui/server';
import { writeBulkConfig } from '../e2e/support/bulk-integrations';
import { startHostServer } from '../e2e/support/host-server';
import { freePort } from '../e2e/support/ports';

export interface BenchStack {
  apiUrl: string;
  secretKey: string;
  /** The built widget under its strict CSP, served from `uiDir`. */
  widgetUrl: string;
  /** A copy of dist/ui taken at start, so a rebuild during the benchmark changes nothing. */
  uiDir: string;
  /** The floor page (bench/floor), served by the same server code under the same CSP. */
  floorUrl: string;
  /** A customer's page on another site (`localhost`), so the widget is a cross-site iframe. */
  hostUrl: string;
  close: () => Promise<void>;
}

const quiet = () => {};

/**
 * The product on loopback, as the e2e suite starts it: the reference API with a fresh database
 * (seeded with its default demo integrations and `bulk` more for the scale runs, which sessions
 * pick with `allowed_integrations`), the widget, the floor and a host page, each on its own free
 * port, all under one temp folder. Widget and floor share the site `127.0.0.1`; the host page is on `localhost`.
 */
export async function startBenchStack({ bulk }: { bulk: number }): Promise<BenchStack> {
  const tempDir = mkdtempSync(join(tmpdir(), 'plugboard-bench-'));
  const [dataDir, uiDir] = [join(tempDir, 'data'), join(tempDir, 'ui')];
  cpSync(resolve('dist/ui'), uiDir, { recursive: true });
  const [apiPort, uiPort, floorPort, hostPort] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const ui = await startUiServer({ port: uiPort, distDir: uiDir, apiUrl, log: quiet });
  const floor = await startUiServer({ port: floorPort, distDir: resolve('bench/floor'), apiUrl, log: quiet });
  const configPath = writeBulkConfig(tempDir, apiUrl, bulk);
  const api = await startApiServer({ port: apiPort, dataDir, connectUiUrl: ui.url, log: quiet, configPath });
  const frameOrigins = [new URL(ui.url).origin, new URL(floor.url).origin];
  const host = await startHostServer({ host: '127.0.0.1', port: hostPort, frameOrigins });
  return {
    apiUrl: api.url,
    secretKey: api.secretKey,
    widgetUrl: ui.url,
    uiDir,
    floorUrl: floor.url,
    hostUrl: `http://localhost:${hostPort}`,
    close: async () => {
      await Promise.allSettled([ui.close(), floor.close(), api.close(), host.close()]);
      rmSync(tempDir, { recursive: true, force: true });
    },
  };
}
