import { apiModeFromEnv } from './mode';
import { startApiServer } from './server';

// Standalone start for manual testing: `tsx src/server/api/main.ts`.
const uiPort = process.env['PLUGBOARD_UI_PORT'] ?? '3009';
const running = await startApiServer({
  port: Number(process.env['PLUGBOARD_API_PORT'] ?? 3003),
  dataDir: process.env['PLUGBOARD_DATA_DIR'] ?? '.plugboard-data',
  connectUiUrl: `http://127.0.0.1:${uiPort}/`,
  mode: apiModeFromEnv(process.env),
  ...(process.env['PLUGBOARD_CONFIG'] ? { configPath: process.env['PLUGBOARD_CONFIG'] } : {}),
});
console.log(`Plugboard API listening on ${running.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void running.close().then(() => process.exit(0));
  });
}
