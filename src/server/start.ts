import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startApiServer, type ApiServerOptions } from './api/server';
import { startDemoServer } from './demo/server';
import { builtDir } from './paths';
import { parseSettings, type Settings } from './settings';
import { startUiServer } from './ui/server';

// `npm start`: the local reference API, the widget and the demo customer app, each on its own
// origin (the demo on `localhost`, the others on `127.0.0.1`, so the widget is cross-site as in
// production). Runs without a terminal and until killed.

export interface RunningStack {
  apiUrl: string;
  widgetUrl: string;
  demoUrl: string;
  close: () => Promise<void>;
}

/** Derived URLs name the bound address; the demo says `localhost` so it is another site than the widget. */
function boundUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** The API server's options from the settings (shared with the API's standalone start). */
export function apiServerOptions(settings: Settings, connectUiUrl: string): ApiServerOptions {
  return {
    port: settings.apiPort,
    host: settings.host,
    dataDir: settings.dataDir,
    mode: settings.mode,
    connectUiUrl,
    returnOrigins: settings.returnOrigins,
    socketOrigins: settings.socketOrigins,
    trustedProxies: settings.trustedProxies,
    ...(settings.publicApiUrl ? { publicUrl: settings.publicApiUrl } : {}),
    ...(settings.secretKey ? { secretKey: settings.secretKey } : {}),
    ...(settings.prodSecretKey ? { prodSecretKey: settings.prodSecretKey } : {}),
    ...(settings.webhookSigningKey ? { webhookSigningKey: settings.webhookSigningKey } : {}),
    ...(settings.configPath ? { configPath: settings.configPath } : {}),
    ...(settings.providersYaml ? { providersYaml: settings.providersYaml } : {}),
  };
}

/** Starts the whole local stack from parsed settings (shared by `npm start` and the CLI). */
export async function startStack(settings: Settings, log: (line: string) => void = console.log): Promise<RunningStack> {
  const { host } = settings;
  // The widget's CSP and config.json name the API: its public URL, else the one it will bind to.
  const apiUrl = settings.publicApiUrl ?? boundUrl(host, settings.apiPort);
  const ui = await startUiServer({
    port: settings.uiPort,
    host,
    distDir: builtDir('ui'),
    apiUrl,
    frameAncestors: settings.frameAncestors,
    ...(settings.imageOrigins ? { imageOrigins: settings.imageOrigins } : {}),
  });
  const widgetUrl = settings.publicWidgetUrl ?? ui.url;
  const api = await startApiServer({
    ...apiServerOptions(settings, widgetUrl),
    // OAuth redirect mode may also send the tab back to the demo app (reached as localhost or by IP).
    returnOrigins: [...settings.returnOrigins, `http://localhost:${settings.demoPort}`, boundUrl(host, settings.demoPort)],
    log,
  }).catch(async (error: unknown) => {
    await ui.close();
    throw error;
  });
  const demo = await startDemoServer({
    port: settings.demoPort,
    host,
    apiUrl: api.url,
    uiUrl: widgetUrl,
    secretKey: api.secretKey,
    sdkDir: builtDir('sdk'),
    log,
  }).catch(async (error: unknown) => {
    await Promise.allSettled([api.close(), ui.close()]);
    throw error;
  });
  const demoUrl = demo.url.replace('127.0.0.1', 'localhost');
  log(
    [
      '',
      'Plugboard is running:',
      `  demo app     ${demoUrl}   ← open this and click "Connect an account"`,
      `  widget       ${widgetUrl}`,
      `  Connect API  ${api.url}`,
      `  console      ${api.url}/console/   ← configure integrations, test them, see connections and webhooks`,
      '',
    ].join('\n'),
  );
  return {
    apiUrl: api.url,
    widgetUrl,
    demoUrl,
    close: async () => {
      await Promise.allSettled([demo.close(), api.close(), ui.close()]);
    },
  };
}

/** Starts the stack from `env` and stops it on SIGINT/SIGTERM (`npm start` and its variants). */
export async function runStack(env: Record<string, string | undefined> = process.env) {
  const stack = await startStack(parseSettings(env, process.cwd()));
  const stop = async () => {
    await stack.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Run as a script (`npm start`), not imported (the CLI, tests); real paths, so symlinks do not matter. */
export function isMain(moduleUrl: string = import.meta.url): boolean {
  const script = process.argv[1];
  return script !== undefined && realpathSync(script) === realpathSync(fileURLToPath(moduleUrl));
}

if (isMain()) {
  runStack().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
