import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startApiServer } from '../../src/server/api/server';
import { startUiServer } from '../../src/server/ui/server';
import { writeBulkConfig } from './bulk-integrations';
import { startHostServer } from './host-server';
import { freePort } from './ports';

export interface BulkStack {
  apiUrl: string;
  uiUrl: string;
  hostUrl: string;
  secretKey: string;
  close: () => Promise<void>;
}

/**
 * A stack of its own whose reference API holds `count` more integrations than the demo: the
 * suite's shared API keeps its short list for every other spec.
 */
export async function startBulkStack(count: number): Promise<BulkStack> {
  const tempDir = mkdtempSync(join(tmpdir(), 'plugboard-bulk-'));
  const [apiPort, uiPort, hostPort] = await Promise.all([freePort(), freePort(), freePort()]);
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const quiet = () => {};
  const configPath = writeBulkConfig(tempDir, apiUrl, count);
  const ui = await startUiServer({ port: uiPort, distDir: resolve('dist/ui'), apiUrl, log: quiet });
  const api = await startApiServer({ port: apiPort, dataDir: join(tempDir, 'data'), connectUiUrl: ui.url, log: quiet, configPath });
  const host = await startHostServer({ host: '127.0.0.1', port: hostPort, frameOrigins: [new URL(ui.url).origin] });
  return {
    apiUrl: api.url,
    uiUrl: ui.url,
    hostUrl: `http://localhost:${hostPort}`,
    secretKey: api.secretKey,
    close: async () => {
      await Promise.allSettled([ui.close(), api.close(), host.close()]);
      rmSync(tempDir, { recursive: true, force: true });
    },
  };
}
