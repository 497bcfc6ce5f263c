import { parseCliArgs, usage } from './cli-args';
import { builtDir } from './paths';
import { parseSettings } from './settings';
import { startStack } from './start';
import { widgetCsp } from './ui/csp';
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
      await startStack(parseSettings(process.env, process.cwd())); // as `npm start` does
      return;
    case 'widget': {
      const { apiUrl, port, host, frameAncestors, imageOrigins } = parsed;
      // Embeds the deployment configuration in index.html (and serves config.json) from the same settings, so the widget talks to this API only.
      const ui = await startUiServer({ port, host, distDir: builtDir('ui'), apiUrl, frameAncestors, imageOrigins });
      const csp = widgetCsp({ apiUrl, frameAncestors, imageOrigins });
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
