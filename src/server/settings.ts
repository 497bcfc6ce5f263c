import { isAbsolute, resolve } from 'node:path';
import { apiModeFromEnv, type ApiMode } from './api/mode';
import { parseTrustedProxies, type TrustedProxies } from './api/http/rate-limit';

/**
 * Every setting of the local stack (`npm start`, `plugboard-server dev`), read from the
 * environment in one place. A misconfiguration stops start-up with a message naming the setting.
 */
export interface Settings {
  /** The address the servers bind to. */
  host: string;
  apiPort: number;
  uiPort: number;
  demoPort: number;
  /** The API's URL as browsers and providers reach it; null: derived from the bound address. */
  publicApiUrl: string | null;
  /** The widget's URL as browsers reach it (connect links, frame-src); null: derived. */
  publicWidgetUrl: string | null;
  /** `frame-ancestors` of the widget: `*` or a space-separated list of origins. */
  frameAncestors: string;
  /** Origins the widget may show logos from, besides the API. */
  imageOrigins: string[] | null;
  /** Absolute. */
  dataDir: string;
  secretKey: string | null;
  /** `PLUGBOARD_PROD_SECRET_KEY`: the `prod` environment's secret key (`secretKey` is `dev`'s). */
  prodSecretKey: string | null;
  /** Absolute path of the optional JSON config file. */
  configPath: string | null;
  /** `PLUGBOARD_PROVIDERS_YAML`: absolute path of a providers.yaml catalogue; wins over the config file's `providers_yaml`. */
  providersYaml: string | null;
  /** `PLUGBOARD_ENV`: `production` drops the test provider and demo data and needs a secret key. */
  mode: ApiMode;
  /** `PLUGBOARD_WEBHOOK_SIGNING_KEY`: the dev environment's signing key; null: generated. */
  webhookSigningKey: string | null;
  /** `PLUGBOARD_RETURN_ORIGINS`: where OAuth redirect mode may send the tab back to. */
  returnOrigins: string[];
  /** `PLUGBOARD_SOCKET_ORIGINS`: web origins besides the widget's that may open the OAuth WebSocket. */
  socketOrigins: string[];
  /** `PLUGBOARD_TRUSTED_PROXIES`: who may name the client in `X-Forwarded-For`. */
  trustedProxies: TrustedProxies;
}

export class SettingsError extends Error {
  override name = 'SettingsError';
}

type Env = Record<string, string | undefined>;

const loopback = new Set(['127.0.0.1', 'localhost', '::1']);

function value(env: Env, name: string): string | undefined {
  const raw = env[name];
  return raw === undefined || raw.trim() === '' ? undefined : raw.trim();
}

function fail(name: string, message: string, raw: string): never {
  throw new SettingsError(`${name} ${message}, got "${raw}"`);
}

/** Reads a port from the environment; a bad value stops start-up with a message naming it. */
export function portSetting(env: Env, name: string, fallback: number): number {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) fail(name, 'must be a port number (0-65535)', raw);
  return port;
}

/** An http(s) URL with no credentials, query or fragment; a path only where `allowPath`. */
export function urlSetting(env: Env, name: string, { allowPath }: { allowPath: boolean }): string | null {
  const raw = value(env, name);
  if (raw === undefined) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    fail(name, 'must be an absolute http(s) URL', raw);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') fail(name, 'must be an http(s) URL', raw);
  if (url.username || url.password) fail(name, 'must not carry credentials', raw);
  if (url.search || url.hash) fail(name, 'must not have a query or fragment', raw);
  if (!allowPath && url.pathname !== '/') fail(name, 'must be an origin, without a path', raw);
  return allowPath ? url.href.replace(/\/+$/, '') : url.origin;
}

/** A list of origins separated by spaces or commas. */
function originList(env: Env, name: string): string[] | null {
  const raw = value(env, name);
  if (raw === undefined) return null;
  return raw.split(/[\s,]+/).filter(Boolean).map((item) => urlSetting({ [name]: item }, name, { allowPath: false }) ?? '');
}

function frameAncestorsSetting(env: Env): string {
  const raw = value(env, 'PLUGBOARD_FRAME_ANCESTORS');
  if (raw === undefined) return '*';
  const sources = raw.split(/\s+/);
  if (sources.length === 1 && (raw === '*' || raw === "'self'" || raw === "'none'")) return raw;
  return sources.map((source) => (source === "'self'" ? source : urlSetting({ PLUGBOARD_FRAME_ANCESTORS: source }, 'PLUGBOARD_FRAME_ANCESTORS', { allowPath: false }))).join(' ');
}

function hostSetting(env: Env): string {
  const raw = value(env, 'PLUGBOARD_HOST');
  if (raw === undefined) return '127.0.0.1';
  // A host name or an IPv4/IPv6 address: never a URL, a port or a path.
  if (!/^[A-Za-z0-9.-]+$/.test(raw) && !/^[0-9A-Fa-f:]+$/.test(raw)) fail('PLUGBOARD_HOST', 'must be a host name or IP address (no scheme, port or path)', raw);
  return raw;
}

function absolutePath(env: Env, name: string): string | null {
  const raw = value(env, name);
  if (raw === undefined) return null;
  if (!isAbsolute(raw)) fail(name, 'must be an absolute path (nothing resolves against the current directory)', raw);
  return raw;
}

export function parseSettings(env: Env, cwd: string): Settings {
  const host = hostSetting(env);
  const publicApiUrl = urlSetting(env, 'PLUGBOARD_PUBLIC_API_URL', { allowPath: true });
  const publicWidgetUrl = urlSetting(env, 'PLUGBOARD_PUBLIC_WIDGET_URL', { allowPath: true });
  if (!loopback.has(host)) {
    // Behind another address the bound one is not what browsers see: say which URLs they do see.
    const missing = [publicApiUrl ? null : 'PLUGBOARD_PUBLIC_API_URL', publicWidgetUrl ? null : 'PLUGBOARD_PUBLIC_WIDGET_URL'].filter(Boolean);
    if (missing.length) throw new SettingsError(`PLUGBOARD_HOST=${host} needs ${missing.join(' and ')}: the URLs browsers reach the servers at`);
  }
  return {
    host,
    apiPort: portSetting(env, 'PLUGBOARD_API_PORT', 3003),
    uiPort: portSetting(env, 'PLUGBOARD_UI_PORT', 3009),
    demoPort: portSetting(env, 'PLUGBOARD_DEMO_PORT', 3000),
    publicApiUrl,
    publicWidgetUrl: publicWidgetUrl === null ? null : `${publicWidgetUrl}/`,
    frameAncestors: frameAncestorsSetting(env),
    imageOrigins: originList(env, 'PLUGBOARD_IMAGE_ORIGINS'),
    // The one documented path that resolves against the current directory: the default data dir.
    dataDir: absolutePath(env, 'PLUGBOARD_DATA_DIR') ?? resolve(cwd, '.plugboard-data'),
    secretKey: value(env, 'PLUGBOARD_SECRET_KEY') ?? null,
    prodSecretKey: value(env, 'PLUGBOARD_PROD_SECRET_KEY') ?? null,
    configPath: absolutePath(env, 'PLUGBOARD_CONFIG'),
    providersYaml: absolutePath(env, 'PLUGBOARD_PROVIDERS_YAML'),
    mode: apiModeFromEnv(env),
    webhookSigningKey: value(env, 'PLUGBOARD_WEBHOOK_SIGNING_KEY') ?? null,
    returnOrigins: originList(env, 'PLUGBOARD_RETURN_ORIGINS') ?? [],
    socketOrigins: originList(env, 'PLUGBOARD_SOCKET_ORIGINS') ?? [],
    trustedProxies: parseTrustedProxies(value(env, 'PLUGBOARD_TRUSTED_PROXIES')),
  };
}

/** What `npm run build` compiles into the widget and writes into its static headers. */
export interface WidgetBuildSettings {
  /** The APIs the widget may talk to; the first is the default. */
  apiUrls: string[];
  imageOrigins: string[] | null;
  frameAncestors: string;
}

/** `PLUGBOARD_API_URL` (comma-separated) and friends at build time; null when it is not set. */
export function parseWidgetBuildSettings(env: Env): WidgetBuildSettings | null {
  const raw = value(env, 'PLUGBOARD_API_URL');
  if (raw === undefined) return null;
  const apiUrls = raw.split(',').map((item) => urlSetting({ PLUGBOARD_API_URL: item }, 'PLUGBOARD_API_URL', { allowPath: true }));
  return {
    apiUrls: apiUrls.filter((url): url is string => url !== null),
    imageOrigins: originList(env, 'PLUGBOARD_IMAGE_ORIGINS'),
    frameAncestors: frameAncestorsSetting(env),
  };
}
