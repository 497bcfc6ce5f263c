import { resolve } from 'node:path';
import { startApiServer } from './api/server';
import { startDemoServer } from './demo/server';
import { portFromEnv } from './env';
import { startUiServer } from './ui/server';

// `npm start`: the local reference API, the widget and the demo customer app, each on its own
// origin (the demo on `localhost`, the others on `127.0.0.1`, so the widget is cross-site as in
// production). Runs without a terminal and until killed.

const host = '127.0.0.1';
const apiPort = portFromEnv('PLUGBOARD_API_PORT', 3003);
const uiPort = portFromEnv('PLUGBOARD_UI_PORT', 3009);
const demoPort = portFromEnv('PLUGBOARD_DEMO_PORT', 3000);
const apiUrl = `http://${host}:${apiPort}`;

async function main() {
  const ui = await startUiServer({ port: uiPort, host, distDir: resolve('dist/ui'), apiUrl });
  const api = await startApiServer({
    port: apiPort,
    host,
    dataDir: resolve(process.env.PLUGBOARD_DATA_DIR ?? '.plugboard-data'),
    configPath: process.env.PLUGBOARD_CONFIG,
    connectUiUrl: ui.url,
    // OAuth redirect mode may send the tab back to the demo app (reached as localhost or by IP).
    returnOrigins: [`http://localhost:${demoPort}`, `http://${host}:${demoPort}`],
  });
  const demo = await startDemoServer({
    port: demoPort,
    host,
    apiUrl: api.url,
    uiUrl: ui.url,
    secretKey: api.secretKey,
    sdkDir: resolve('dist/sdk'),
  });
  const demoUrl = demo.url.replace(host, 'localhost');
  console.log(
    [
      '',
      'Plugboard is running:',
      `  demo app     ${demoUrl}   ← open this and click "Connect an account"`,
      `  widget       ${ui.url}`,
      `  Connect API  ${api.url}`,
      `  console      ${api.url}/console/   ← configure integrations, test them, see connections and webhooks`,
      '',
    ].join('\n'),
  );
  const stop = async () => {
    await Promise.allSettled([demo.close(), api.close(), ui.close()]);
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
