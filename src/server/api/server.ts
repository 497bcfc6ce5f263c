import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { WebSocketServer } from 'ws';
import { createApiApp } from './app';
import { resolveSecretKey, seedFromConfig } from './bootstrap';
import { loadConfigFile, parseOrigin, type ApiConfig } from './config';
import { createCredentialCipher, loadOrCreateEncryptionKey } from './crypto/credential-cipher';
import type { ApiDeps } from './deps';
import { builtInProviders } from './providers/built-in-providers';
import { createCatalogue, type ProviderCatalogue } from './providers/catalogue';
import { loadProvidersYaml } from './providers/providers-yaml';
import { createWsHub, type WsHub } from './oauth/ws-hub';
import { openSqliteStore } from './store/sqlite-store';
import type { Store } from './store/store';
import { createWebhookSender } from './webhooks/webhook-sender';

export interface ApiServerOptions {
  port: number;
  host?: string;
  dataDir: string;
  secretKey?: string;
  webhookSigningKey?: string;
  configPath?: string;
  connectUiUrl: string;
  publicUrl?: string;
  log?: (line: string) => void;
  /** Origins OAuth redirect mode may send the tab back to, besides PLUGBOARD_RETURN_ORIGINS and `return_origins`. */
  returnOrigins?: string[];
  /** Webhook retry pacing; tests shorten it. */
  webhookBackoffMs?: number;
}

export interface RunningApiServer {
  url: string;
  secretKey: string;
  close(): Promise<void>;
}

const websocketsPath = '/';

/** Starts the reference Connect API: HTTP and WebSocket on one port, sqlite under `dataDir`. */
export async function startApiServer(options: ApiServerOptions): Promise<RunningApiServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const host = options.host ?? '127.0.0.1';
  const config: ApiConfig = options.configPath ? loadConfigFile(options.configPath) : {};
  const returnOrigins = allowedReturnOrigins(options, config);
  mkdirSync(options.dataDir, { recursive: true });
  const cipher = createCredentialCipher(loadOrCreateEncryptionKey(options.dataDir));
  const store = openSqliteStore(join(options.dataDir, 'plugboard.sqlite'), cipher);
  const server = createServer();
  try {
    const { secretKey, isGenerated } = resolveSecretKey(store, cipher, options.secretKey);
    if (isGenerated) log(`Plugboard dev secret key (stored in ${options.dataDir}): ${secretKey}`);
    await listen(server, options.port, host);
    const port = (server.address() as AddressInfo).port;
    const publicUrl = (options.publicUrl ?? `http://${host}:${port}`).replace(/\/+$/, '');
    const catalogue = createCatalogue(yamlProviders(config, log), builtInProviders(publicUrl));
    seedFromConfig(store, catalogue, config, new Date().toISOString());

    const wsHub = createWsHub();
    const deps = { ...buildDeps({ options, config, store, catalogue, secretKey, publicUrl, wsHub, log }), returnOrigins };
    server.on('request', getRequestListener(createApiApp(deps).fetch));
    const wss = new WebSocketServer({ server, path: websocketsPath });
    wss.on('connection', (socket) => wsHub.accept(socket));

    return {
      url: publicUrl,
      secretKey,
      async close() {
        wsHub.closeAll();
        wss.close();
        // Let in-flight webhooks finish, but never hold a shutdown hostage to a slow receiver.
        await Promise.race([deps.webhooks.idle(), new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
        await closeServer(server);
        store.close();
      },
    };
  } catch (err) {
    if (server.listening) await closeServer(server);
    store.close();
    throw err;
  }
}

interface DepsInput {
  options: ApiServerOptions;
  config: ApiConfig;
  store: Store;
  catalogue: ProviderCatalogue;
  secretKey: string;
  publicUrl: string;
  wsHub: WsHub;
  log: (line: string) => void;
}

function buildDeps({ options, config, store, catalogue, secretKey, publicUrl, wsHub, log }: DepsInput): Omit<ApiDeps, 'returnOrigins'> {
  const signingKey = options.webhookSigningKey ?? process.env['PLUGBOARD_WEBHOOK_SIGNING_KEY'] ?? config.webhooks?.signing_key ?? secretKey;
  const environmentName = config.environment ?? 'dev';
  const backoff = options.webhookBackoffMs !== undefined ? { backoffMs: options.webhookBackoffMs } : {};
  return {
    store, catalogue, secretKey, publicUrl, connectUiUrl: options.connectUiUrl, websocketsPath, environmentName, wsHub, log,
    webhooks: createWebhookSender({ store, signingKey, environmentName, log, ...backoff }),
    now: () => new Date(),
    rateLimit: { windowMs: config.rate_limit?.window_ms ?? 60_000, maxRequests: config.rate_limit?.max_requests ?? 1_000 },
    fetch: (input, init) => fetch(input, init),
  };
}

/** The union of the option, `PLUGBOARD_RETURN_ORIGINS` (comma-separated) and the config file; a bad entry stops start-up. */
function allowedReturnOrigins(options: ApiServerOptions, config: ApiConfig): ReadonlySet<string> {
  const fromEnv = (process.env['PLUGBOARD_RETURN_ORIGINS'] ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  const origins = new Set<string>();
  for (const [source, entries] of [['returnOrigins', options.returnOrigins ?? []], ['PLUGBOARD_RETURN_ORIGINS', fromEnv], ['return_origins', config.return_origins ?? []]] as const) {
    for (const entry of entries) {
      const origin = parseOrigin(entry);
      if (origin === null) throw new Error(`Invalid ${source}: "${entry}" is not an origin such as https://app.example.com`);
      origins.add(origin);
    }
  }
  return origins;
}

function yamlProviders(config: ApiConfig, log: (line: string) => void) {
  if (!config.providers_yaml) return {};
  const { providers, skipped } = loadProvidersYaml(config.providers_yaml);
  log(`Loaded ${Object.keys(providers).length} providers from ${config.providers_yaml}${skipped.length ? ` (skipped ${skipped.length})` : ''}`);
  return providers;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
