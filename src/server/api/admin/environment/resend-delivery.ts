import type { ApiDeps } from '../../deps';
import { webhookSignatureHeaders } from '../../webhooks/sign';
import type { DeliveryRecord } from '../store/admin-store';

const timeoutMs = 10_000;

/**
 * Sends a recorded body again, once, to the same URL, signed with the current key, and records
 * it as a new delivery: the history keeps what happened the first time. Awaited, so the console
 * shows the outcome as soon as the call returns.
 */
export async function resendDelivery(deps: ApiDeps, original: DeliveryRecord): Promise<number> {
  const id = deps.store.insertWebhookDelivery(original.url, original.body, deps.now().toISOString());
  const headers = { 'content-type': 'application/json', ...webhookSignatureHeaders(deps.webhooks.signingKey(), original.body) };
  let status: number | null = null;
  let lastError: string | null = null;
  try {
    const response = await deps.fetch(original.url, {
      method: 'POST', headers, body: original.body, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    status = response.status;
    if (!response.ok) lastError = `HTTP ${response.status}`;
  } catch (err) {
    lastError = err instanceof Error ? err.message : String(err);
  }
  const isDelivered = status !== null && status >= 200 && status < 300;
  deps.store.updateWebhookDelivery(id, { status, attempts: 1, lastError, deliveredAt: isDelivered ? deps.now().toISOString() : null });
  return id;
}
