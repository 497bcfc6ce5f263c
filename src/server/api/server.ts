import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { createApiApp, type SharedAcrossEnvironments } from './app';
import { resolveSecretKey, resolveSigningKey, seedFromConfig } from './bootstrap';
import { loadConfigFile, parseOrigin, type ApiConfig } from './config';
import { createCredentialCipher, loadOrCreateEncryptionKeys } from './crypto/credential-cipher';
import { defaultTestTokenTtlSeconds, type ApiDeps } from './deps';
import { createSecretKeyGuard, type SecretKeyGuard, type TrustedProxies } from './http/rate-limit';
import type { ApiMode } from './mode';
import { builtInProviders } from './providers/built-in-providers';
import { createCatalogue, type ProviderCatalogue } from './providers/catalogue';
import { loadProvidersYaml } from './providers/providers-yaml';
import { databaseFileOf, environmentOfRequest, type EnvironmentName } from './environments';
import { createRedirectResults } from './oauth/redirect-results';
import { createWsHub, type WsHub } from './oauth/ws-hub';
import { attachSocketServer } from './oauth/ws-server';
import { openSqliteStore } from './store/sqlite-store';
import type { Store } from './store/store';
import { createWebhookSender } from './webhooks/webhook-sender';

export interface ApiServerOptions {
  port: number;
  host?: string;
  dataDir: string;
  /** The `dev` environment's secret key; default `PLUGBOARD_SECRET_KEY`, else generated. */
  secretKey?: string;
  /** The `prod` environment's secret key; default `PLUGBOARD_PROD_SECRET_KEY`, else generated. */
  prodSecretKey?: string;
  /** Signs the `dev` environment's webhooks; `prod` has its own, generated. */
  webhookSigningKey?: string;
  configPath?: string;
  /** A providers.yaml catalogue to offer beside the built-ins; wins over the config file's `providers_yaml`. */
  providersYaml?: string;
  /** `production`: no test provider, no demo data, an explicit secret key required. Default `development`. */
  mode?: ApiMode;
  connectUiUrl: string;
  publicUrl?: string;
  log?: (line: string) => void;
  /** Web origins besides the widget's that may open the OAuth WebSocket (`PLUGBOARD_SOCKET_ORIGINS` in the stack). */
  socketOrigins?: string[];
  /** WebSocket ping interval; tests shorten it. */
  socketHeartbeatMs?: number;
  /** Who may name the client in X-Forwarded-For (`PLUGBOARD_TRUSTED_PROXIES` in the stack); default nobody. */
  trustedProxies?: TrustedProxies;
  /** Origins OAuth redirect mode may send the tab back to, besides `return_origins` (`PLUGBOARD_RETURN_ORIGINS` in the stack). */
  returnOrigins?: string[];
  /** Webhook retry pacing; tests shorten it. */
  webhookBackoffMs?: number;
}

export interface RunningApiServer {
  url: string;
  /** The `dev` environment's secret key. */
  secretKey: string;
  prodSecretKey: string;
  close(): Promise<void>;
}

const websocketsPath = '/';

/** Starts the reference Connect API: HTTP and WebSocket on one port, sqlite under `dataDir`. */
export async function startApiServer(options: ApiServerOptions): Promise<RunningApiServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const host = options.host ?? '127.0.0.1';
  const fileConfig: ApiConfig = options.configPath ? loadConfigFile(options.configPath) : {};
  const config: ApiConfig = options.providersYaml ? { ...fileConfig, providers_yaml: options.providersYaml } : fileConfig;
  const mode = options.mode ?? 'development';
  const returnOrigins = allowedReturnOrigins(options, config);
  const trustedProxies = options.trustedProxies ?? { hops: 0 };
  if (mode === 'production' && !(options.secretKey ?? process.env['PLUGBOARD_SECRET_KEY'])) {
    throw new Error('PLUGBOARD_ENV=production needs an explicit secret key: set PLUGBOARD_SECRET_KEY to a long random value.');
  }
  // Owner-only: the directory holds the database and the key that opens its secrets.
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  chmodSync(options.dataDir, 0o700);
  const isNewDataDir = !existsSync(join(options.dataDir, databaseFileOf.dev));
  const cipher = createCredentialCipher(loadOrCreateEncryptionKeys(options.dataDir));
  const store = openSqliteStore(join(options.dataDir, databaseFileOf.dev), cipher);
  const stores: Record<EnvironmentName, Store> = { dev: store, prod: store };
  const closeStores = () => {
    store.close();
    if (stores.prod !== store) stores.prod.close();
  };
  const server = createServer();
  try {
    stores.prod = openSqliteStore(join(options.dataDir, databaseFileOf.prod), cipher);
    const { secretKey, isGenerated } = resolveSecretKey(store, options.secretKey);
    if (isGenerated) log(`Plugboard dev secret key (stored in ${options.dataDir}): ${secretKey}`);
    const prod = resolveSecretKey(stores.prod, options.prodSecretKey, 'PLUGBOARD_PROD_SECRET_KEY');
    // Production never prints a key: its prod environment opens only with PLUGBOARD_PROD_SECRET_KEY.
    if (prod.isGenerated && mode === 'development') log(`Plugboard prod secret key (stored in ${options.dataDir}): ${prod.secretKey}`);
    if (prod.secretKey === secretKey) throw new Error('PLUGBOARD_PROD_SECRET_KEY must differ from PLUGBOARD_SECRET_KEY: the secret key picks the environment.');
    await listen(server, options.port, host);
    const port = (server.address() as AddressInfo).port;
    const publicUrl = (options.publicUrl ?? `http://${host}:${port}`).replace(/\/+$/, '');
    // The built-in providers are test doubles: production offers only the operator's catalogue.
    const catalogue = mode === 'production'
      ? createCatalogue(yamlProviders(config, log))
      : createCatalogue(yamlProviders(config, log), builtInProviders(publicUrl));
    seedFromConfig(store, catalogue, config, new Date().toISOString(), { seedDemo: mode === 'development' && isNewDataDir, publicUrl });

    const wsHub = createWsHub();
    const secretKeyGuard = createSecretKeyGuard(() => Date.now());
    // `environment` in the config file renames the first environment only; `prod` is always the second.
    const environmentNames = [config.environment ?? 'dev', 'prod'];
    if (environmentNames[0] === 'prod') throw new Error('Invalid config: environment: "prod" is the second environment; give the first another name');
    const common = { options, config, catalogue, environmentNames, publicUrl, wsHub, log, mode, trustedProxies, secretKeyGuard };
    const devSigningKey = options.webhookSigningKey ?? config.webhooks?.signing_key;
    const allDeps = {
      dev: { ...buildDeps({ ...common, store, secretKey, environmentName: config.environment ?? 'dev', signingKey: resolveSigningKey(store, devSigningKey) }), returnOrigins },
      prod: { ...buildDeps({ ...common, store: stores.prod, secretKey: prod.secretKey, environmentName: 'prod', signingKey: resolveSigningKey(stores.prod, undefined) }), returnOrigins },
    };
    const shared: SharedAcrossEnvironments = { redirects: createRedirectResults(() => Date.now()), testProviderStores: () => [stores.dev, stores.prod] };
    const apps = { dev: createApiApp(allDeps.dev, shared), prod: createApiApp(allDeps.prod, shared) };
    const prodEnvironment = { secretKey: prod.secretKey, store: stores.prod };
    server.on('request', getRequestListener((request, env) => apps[environmentOfRequest(request, prodEnvironment, new Date().toISOString())].fetch(request, env)));
    const sockets = attachSocketServer(server, wsHub, {
      path: websocketsPath,
      allowedOrigins: [options.connectUiUrl, ...(options.socketOrigins ?? [])],
      trustedProxies,
      ...(options.socketHeartbeatMs !== undefined ? { heartbeatMs: options.socketHeartbeatMs } : {}),
    });

    return {
      url: publicUrl,
      secretKey,
      prodSecretKey: prod.secretKey,
      async close() {
        wsHub.closeAll();
        sockets.close();
        // Let in-flight webhooks finish, but never hold a shutdown hostage to a slow receiver.
        const idle = Promise.all([allDeps.dev.webhooks.idle(), allDeps.prod.webhooks.idle()]);
        await Promise.race([idle, new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
        await closeServer(server);
        closeStores();
      },
    };
  } catch (err) {
    if (server.listening) await closeServer(server);
    closeStores();
    throw err;
  }
}

interface DepsInput {
  options: ApiServerOptions;
  config: ApiConfig;
  /** The environment's own database, secret key, name and webhook signing key. */
  store: Store;
  secretKey: string;
  environmentName: string;
  signingKey: string;
  catalogue: ProviderCatalogue;
  publicUrl: string;
  wsHub: WsHub;
  log: (line: string) => void;
  mode: ApiMode;
  trustedProxies: TrustedProxies;
  environmentNames: readonly string[];
  /** Shared: wrong keys count the same whichever environment they were meant for. */
  secretKeyGuard: SecretKeyGuard;
}

function buildDeps({
  options, config, store, catalogue, secretKey, environmentName, environmentNames, signingKey, publicUrl, wsHub, log, mode, trustedProxies, secretKeyGuard,
}: DepsInput): Omit<ApiDeps, 'returnOrigins'> {
  const backoff = options.webhookBackoffMs !== undefined ? { backoffMs: options.webhookBackoffMs } : {};
  return {
    store, catalogue, secretKey, publicUrl, connectUiUrl: options.connectUiUrl, websocketsPath, environmentName, environmentNames, mode, wsHub, log,
    webhooks: createWebhookSender({ store, signingKey, environmentName, log, ...backoff }),
    now: () => new Date(),
    rateLimit: { windowMs: config.rate_limit?.window_ms ?? 60_000, maxRequests: config.rate_limit?.max_requests ?? 1_000, trustedProxies },
    secretKeyGuard,
    testProvider: { accessTokenTtlSeconds: config.test_provider?.access_token_ttl_seconds ?? defaultTestTokenTtlSeconds },
    fetch: (input, init) => fetch(input, init),
  };
}

/** The union of the option (`PLUGBOARD_RETURN_ORIGINS` in the stack) and the config file; a bad entry stops start-up. */
function allowedReturnOrigins(options: ApiServerOptions, config: ApiConfig): ReadonlySet<string> {
  const origins = new Set<string>();
  for (const [source, entries] of [['returnOrigins', options.returnOrigins ?? []], ['return_origins', config.return_origins ?? []]] as const) {
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
