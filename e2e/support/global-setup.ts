import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startApiServer } from '../../src/server/api/server';
import { startDemoServer } from '../../src/server/demo/server';
import { startUiServer } from '../../src/server/ui/server';
import { startHostServer } from './host-server';
import { freePort } from './ports';
import { writeStack } from './stack';

/** Starts the whole product on loopback, each part on its own origin, with a fresh database. */
export default async function globalSetup() {
  if (!existsSync('dist/ui/index.html') || !existsSync('dist/sdk/plugboard.iife.js')) {
    throw new Error('Build first: `npm run build` (npm run test:e2e does it for you).');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'plugboard-e2e-'));
  const [apiPort, uiPort, hostPort, thirdPort, demoPort] = await Promise.all([freePort(), freePort(), freePort(), freePort('127.0.0.2'), freePort()]);
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const quiet = () => {};
  const ui = await startUiServer({ port: uiPort, distDir: resolve('dist/ui'), apiUrl, log: quiet });
  const hostUrl = `http://localhost:${hostPort}`;
  const demoUrl = `http://localhost:${demoPort}`;
  // OAuth redirect mode sends the tab back only to these (the host page and the demo).
  // The host page's own origin may open the OAuth WebSocket: the headless client runs there.
  const api = await startApiServer({ port: apiPort, dataDir, connectUiUrl: ui.url, log: quiet, returnOrigins: [hostUrl, demoUrl], socketOrigins: [hostUrl] });
  const demo = await startDemoServer({
    port: demoPort,
    apiUrl: api.url,
    uiUrl: ui.url,
    secretKey: api.secretKey,
    sdkDir: resolve('dist/sdk'),
    log: quiet,
  });
  const uiOrigin = new URL(ui.url).origin;
  const thirdUrl = `http://127.0.0.2:${thirdPort}`;
  const hostPage = await startHostServer({ host: '127.0.0.1', port: hostPort, frameOrigins: [uiOrigin, thirdUrl], connectOrigins: [apiUrl, apiUrl.replace(/^http/, 'ws')] });
  const thirdSite = await startHostServer({ host: '127.0.0.2', port: thirdPort, frameOrigins: [uiOrigin] });
  writeStack({
    apiUrl: api.url,
    uiUrl: ui.url,
    demoUrl,
    hostUrl,
    thirdUrl,
    secretKey: api.secretKey,
    prodSecretKey: api.prodSecretKey,
  });
  return async () => {
    await Promise.allSettled([ui.close(), api.close(), demo.close(), hostPage.close(), thirdSite.close()]);
    rmSync(dataDir, { recursive: true, force: true });
  };
}
