import { parseCliArgs, usage } from './cli-args';
import { builtDir } from './paths';
import { widgetHeaders } from './ui/csp';
import { startUiServer } from './ui/server';

// `plugboard-server`, the bin of the plugboard-server package (`npm run pack` compiles it). In the
// repository: `tsx src/server/cli.ts <command>`.

async function main(): Promise<void> {
  const parsed = parseCliArgs(process.argv.slice(2));
  switch (parsed.command) {
    case 'help':
      process.stdout.write(usage);
      return;
    case 'usage-error':
      process.stderr.write(`plugboard-server: ${parsed.message}\n\n${usage}`);
      process.exitCode = 2;
      return;
    case 'dev':
      await import('./start'); // starts the stack, as `npm start` does
      return;
    case 'widget': {
      const { apiUrl, port, host, frameAncestors, logoOrigins } = parsed;
      const ui = await startUiServer({ port, host, distDir: builtDir('ui'), apiUrl, frameAncestors, logoOrigins });
      const csp = widgetHeaders({ apiUrl, frameAncestors, logoOrigins }, '/')['content-security-policy'];
      console.log(`Plugboard widget listening on ${ui.url}\n  Content-Security-Policy: ${csp}`);
      const stop = () => void ui.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
