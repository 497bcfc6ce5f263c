import { startApiServer } from '../server';

// Run as a child process by the durability test: prints one JSON line once listening.
const running = await startApiServer({
  port: 0,
  dataDir: process.env['PLUGBOARD_DATA_DIR'] ?? '.plugboard-test',
  secretKey: process.env['PLUGBOARD_SECRET_KEY'] ?? 'durability-secret-key',
  connectUiUrl: 'http://127.0.0.1:9/',
  log: () => {},
});
process.stdout.write(`${JSON.stringify({ url: running.url })}\n`);
