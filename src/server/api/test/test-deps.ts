import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiApp } from '../app';
import { seedFromConfig } from '../bootstrap';
import type { ApiConfig } from '../config';
import { createCredentialCipher, loadOrCreateEncryptionKeys } from '../crypto/credential-cipher';
import { defaultTestTokenTtlSeconds, type ApiDeps } from '../deps';
import { createSecretKeyGuard, type TrustedProxies } from '../http/rate-limit';
import type { WsOutcomeMessage } from '../oauth/ws-hub';
import { builtInProviders } from '../providers/built-in-providers';
import type { Provider } from '../providers/provider';
import { createCatalogue } from '../providers/catalogue';
import { openSqliteStore } from '../store/sqlite-store';
import { createWebhookSender } from '../webhooks/webhook-sender';

export const testSecretKey = '11111111-2222-4333-8444-555555555555';
export const testPublicUrl = 'http://api.test';
/** Distinct from the secret key, as on a real server: webhook receivers never hold the secret key. */
export const testSigningKey = 'test-webhook-signing-key-0123456789abcdef';

export interface TestApi {
  app: ReturnType<typeof createApiApp>;
  deps: ApiDeps;
  dataDir: string;
  published: Array<{ wsClientId: string; message: WsOutcomeMessage }>;
  /** Moves the clock used for expiry checks. */
  advanceClock(ms: number): void;
  /** Creates a connect session with the secret key and returns its token. */
  createSession(body?: Record<string, unknown>): Promise<string>;
  cleanup(): void;
}

/** An in-process API on a temporary database: no port opened, outgoing HTTP answered by `app` itself. */
export function createTestApi({ config = {}, maxRequests = 1000, publicUrl = testPublicUrl, trustedProxies = { hops: 0 }, providers = {}, fetch: send, log = () => {} }: {
  config?: ApiConfig;
  maxRequests?: number;
  publicUrl?: string;
  trustedProxies?: TrustedProxies;
  /** More providers (e.g. Nango's catalogue); the built-ins win on a name clash. */
  providers?: Record<string, Provider>;
  /** Outgoing HTTP; by default answered by the app itself. */
  fetch?: typeof fetch;
  /** The server's log lines (request log included); dropped by default. */
  log?: (line: string) => void;
} = {}): TestApi {
  const dataDir = mkdtempSync(join(tmpdir(), 'plugboard-api-test-'));
  const store = openSqliteStore(join(dataDir, 'db.sqlite'), createCredentialCipher(loadOrCreateEncryptionKeys(dataDir)));
  const catalogue = createCatalogue(providers, builtInProviders(publicUrl));
  seedFromConfig(store, catalogue, config, new Date().toISOString(), { seedDemo: true, publicUrl });
  let offsetMs = 0;
  const published: TestApi['published'] = [];
  const deps: ApiDeps = {
    store,
    catalogue,
    secretKey: testSecretKey,
    publicUrl,
    connectUiUrl: 'http://ui.test/widget',
    websocketsPath: '/',
    environmentName: 'dev',
    environmentNames: ['dev'],
    mode: 'development',
    wsHub: { publish: (wsClientId, message) => (published.push({ wsClientId, message }), true) },
    webhooks: createWebhookSender({ store, signingKey: testSigningKey, environmentName: 'dev', backoffMs: 1 }),
    now: () => new Date(Date.now() + offsetMs),
    log,
    rateLimit: { windowMs: 60_000, maxRequests, trustedProxies },
    secretKeyGuard: createSecretKeyGuard(() => Date.now() + offsetMs),
    returnOrigins: new Set(['http://host.test']),
    testProvider: { accessTokenTtlSeconds: config.test_provider?.access_token_ttl_seconds ?? defaultTestTokenTtlSeconds },
    // The test provider lives in the same app, so token requests are answered in-process.
    fetch: send ?? ((input, init) => Promise.resolve(app.request(String(input), init))),
  };
  const app = createApiApp(deps);
  return {
    app,
    deps,
    dataDir,
    published,
    advanceClock: (ms) => {
      offsetMs += ms;
    },
    async createSession(body = { end_user: { id: 'user-1', email: 'jane@acme.test', display_name: 'Jane' } }) {
      const res = await app.request('/connect/sessions', {
        method: 'POST',
        headers: { authorization: `Bearer ${testSecretKey}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (res.status !== 201) throw new Error(`session creation failed: ${res.status} ${await res.text()}`);
      const json = (await res.json()) as { data: { token: string } };
      return json.data.token;
    },
    cleanup() {
      store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function jsonPost(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

export function bearer(token: string): RequestInit {
  return { headers: { authorization: `Bearer ${token}` } };
}
