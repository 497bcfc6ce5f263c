import { parseSettings } from '../settings';
import { apiServerOptions } from '../start';
import { startApiServer } from './server';

// Standalone start for manual testing: `tsx src/server/api/main.ts`, configured like `npm start`.
const settings = parseSettings(process.env, process.cwd());
const running = await startApiServer(apiServerOptions(settings, settings.publicWidgetUrl ?? `http://127.0.0.1:${settings.uiPort}/`));
console.log(`Plugboard API listening on ${running.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void running.close().then(() => process.exit(0));
  });
}
