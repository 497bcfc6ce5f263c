import type { SecretKeyGuard, TrustedProxies } from './http/rate-limit';
import type { ApiMode } from './mode';
import type { ProviderCatalogue } from './providers/catalogue';
import type { ConnectSession, Store } from './store/store';
import type { WebhookSender } from './webhooks/webhook-sender';
import type { WsHub } from './oauth/ws-hub';

/** Everything the routes need, built once by `startApiServer` (or by a test). */
export interface ApiDeps {
  store: Store;
  catalogue: ProviderCatalogue;
  secretKey: string;
  /** Public base URL of this API, without a trailing slash. */
  publicUrl: string;
  /** Public URL of the Connect UI, used for `connect_link`. */
  connectUiUrl: string;
  websocketsPath: string;
  environmentName: string;
  /** Every environment of this server, this one included (the console's switcher offers them). */
  environmentNames: readonly string[];
  /** `production` mounts no test provider (see `mode.ts`). */
  mode: ApiMode;
  wsHub: WsHub;
  webhooks: WebhookSender;
  now: () => Date;
  log: (line: string) => void;
  rateLimit: { windowMs: number; maxRequests: number; trustedProxies: TrustedProxies };
  /** Counts wrong secret keys per client (see `http/rate-limit.ts`). */
  secretKeyGuard: SecretKeyGuard;
  /** Origins OAuth redirect mode may send the tab back to (`return_to`); nothing else is redirected to. */
  returnOrigins: ReadonlySet<string>;
  /** The built-in OAuth2 test provider (development only): lifetime of the access tokens it issues. */
  testProvider: { accessTokenTtlSeconds: number };
  /** Outgoing HTTP (token exchanges); replaceable in tests. */
  fetch: typeof fetch;
}

export type ApiEnv = { Variables: { session: ConnectSession } };

export const connectSessionTtlMs = 30 * 60 * 1000;
/** One hour, like most real providers; the config file can shorten it to watch refreshes happen. */
export const defaultTestTokenTtlSeconds = 3600;
