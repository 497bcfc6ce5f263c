import { arch, platform, release } from 'node:os';
import { readWebhookSettings } from '../store/environment-settings';
import { sealedSettings } from '../store/migrate-sealed';
import type { Store, WebhookSettings } from '../store/store';
import { authWebhookBody, type AuthWebhookOutcome, type AuthWebhookSubject } from './auth-webhook-body';
import { webhookSignatureHeaders } from './sign';
import { stableStringify } from './stable-stringify';

export interface WebhookSender {
  /** Fire and forget: delivery runs in the background and is recorded in the database. */
  sendAuthWebhook(subject: AuthWebhookSubject, outcome: AuthWebhookOutcome): void;
  /** Resolves when every delivery started so far has finished (tests, shutdown). */
  idle(): Promise<void>;
  /** The key deliveries are signed with now: one rotated through the admin API wins over the configured one. */
  signingKey(): string;
}

/** The sealed settings row the admin API's rotation writes (`src/server/api/admin/environment`). */
export const rotatedSigningKeySetting = sealedSettings.rotatedSigningKey;

export interface WebhookSenderOptions {
  store: Store;
  signingKey: string;
  environmentName: string;
  fetch?: typeof fetch;
  retries?: number;
  backoffMs?: number;
  timeoutMs?: number;
  log?: (line: string) => void;
}

const userAgent = `plugboard/0.1.0 (${platform()}/${release()}; ${arch()}; node.js/${process.versions.node})`;

export function createWebhookSender({
  store, signingKey, environmentName, fetch: send = fetch, retries = 2, backoffMs = 500, timeoutMs = 20_000, log = () => {},
}: WebhookSenderOptions): WebhookSender {
  const inFlight = new Set<Promise<void>>();
  const currentKey = () => store.getSealedSetting(rotatedSigningKeySetting) ?? signingKey;

  async function deliver(url: string, body: string): Promise<void> {
    const deliveryId = store.insertWebhookDelivery(url, body, new Date().toISOString());
    const headers = { 'content-type': 'application/json', 'user-agent': userAgent, ...webhookSignatureHeaders(currentKey(), body) };
    for (let attempt = 1; attempt <= retries + 1; attempt += 1) {
      const result = await attemptDelivery(send, url, headers, body, timeoutMs);
      const isDelivered = result.status !== null && result.status >= 200 && result.status < 300;
      store.updateWebhookDelivery(deliveryId, {
        status: result.status,
        attempts: attempt,
        lastError: result.error,
        deliveredAt: isDelivered ? new Date().toISOString() : null,
      });
      // Retry only what may heal by itself: network errors and 5xx (not 3xx/4xx), as Nango does.
      const isRetryable = result.status === null || result.status >= 500;
      if (isDelivered || !isRetryable) return;
      if (attempt <= retries) await sleep(backoffMs * 2 ** (attempt - 1));
    }
    // Origin and path only: a receiver's URL may carry its own token in the query.
    const { origin, pathname } = new URL(url);
    log(`webhook to ${origin}${pathname} failed after ${retries + 1} attempts`);
  }

  return {
    sendAuthWebhook(subject, outcome) {
      const settings = readWebhookSettings(store);
      const urls = targetUrls(settings, subject.webhookUrlOverride);
      if (urls.length === 0 || !isEnabled(settings, subject.operation)) return;
      const body = stableStringify(authWebhookBody(subject, outcome, environmentName));
      for (const url of urls) {
        const delivery = deliver(url, body).catch((err: unknown) => log(`webhook delivery crashed: ${String(err)}`));
        inFlight.add(delivery);
        void delivery.finally(() => inFlight.delete(delivery));
      }
    },
    async idle() {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
    signingKey: currentKey,
  };
}

/**
 * The environment's switches: creations (successful or not) need "on auth creation", refreshes
 * (only failures are sent) need "on auth refresh error", overrides are always sent.
 */
function isEnabled(settings: WebhookSettings, operation: AuthWebhookSubject['operation']): boolean {
  if (operation === 'creation') return settings.sendCreationWebhooks;
  if (operation === 'refresh') return settings.sendRefreshErrorWebhooks;
  return true;
}

/** A session's `webhook_url_override` replaces the primary URL and drops the secondary one. */
function targetUrls(settings: WebhookSettings, override: string | null): string[] {
  if (override) return [override];
  return [settings.primaryUrl, settings.secondaryUrl].filter((url): url is string => Boolean(url));
}

async function attemptDelivery(
  send: typeof fetch, url: string, headers: Record<string, string>, body: string, timeoutMs: number,
): Promise<{ status: number | null; error: string | null }> {
  try {
    const response = await send(url, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return { status: response.status, error: response.ok ? null : `HTTP ${response.status}` };
  } catch (err) {
    return { status: null, error: err instanceof Error ? err.message : String(err) };
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
