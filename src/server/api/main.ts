import { parseSettings } from '../settings';
import { startApiServer } from './server';

// Standalone start for manual testing: `tsx src/server/api/main.ts`, configured like `npm start`.
const settings = parseSettings(process.env, process.cwd());
const running = await startApiServer({
  port: settings.apiPort,
  host: settings.host,
  dataDir: settings.dataDir,
  mode: settings.mode,
  connectUiUrl: settings.publicWidgetUrl ?? `http://127.0.0.1:${settings.uiPort}/`,
  ...(settings.publicApiUrl ? { publicUrl: settings.publicApiUrl } : {}),
  ...(settings.secretKey ? { secretKey: settings.secretKey } : {}),
  ...(settings.prodSecretKey ? { prodSecretKey: settings.prodSecretKey } : {}),
  ...(settings.configPath ? { configPath: settings.configPath } : {}),
});
console.log(`Plugboard API listening on ${running.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void running.close().then(() => process.exit(0));
  });
}
