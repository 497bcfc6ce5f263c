import { z } from '../../contract/zod';
import type { FlowStorage } from './browser';

export type { FlowStorage } from './browser';

const pendingFlowSchema = z.object({
  flowId: z.string().check(z.regex(/^[A-Za-z0-9_-]{16,128}$/)),
  providerConfigKey: z.string().check(z.minLength(1)),
  startedAt: z.number(),
});
/** A redirect-mode OAuth flow the page left for, kept for the widget that resumes it. */
export type PendingFlow = z.infer<typeof pendingFlowSchema>;

const storageKey = 'plugboard.oauth.pending';
// Longer than any real consent screen; an older entry is an abandoned flow, not a result to report.
const maxAgeMs = 30 * 60 * 1000;

/** Returns whether it was stored: a browser that refuses storage cannot resume, so cannot redirect. */
export function savePendingFlow(storage: FlowStorage, flow: PendingFlow): boolean {
  try {
    storage.setItem(storageKey, JSON.stringify(flow));
    return storage.getItem(storageKey) !== null;
  } catch {
    return false;
  }
}

/** Reads and removes the pending flow, so a reload cannot report the same result twice. */
export function takePendingFlow(storage: FlowStorage, now: number): PendingFlow | null {
  let raw: string | null;
  try {
    raw = storage.getItem(storageKey);
    storage.removeItem(storageKey);
  } catch {
    return null;
  }
  if (raw === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const result = z.safeParse(pendingFlowSchema, json);
  if (!result.success || now - result.data.startedAt > maxAgeMs || result.data.startedAt > now) return null;
  return result.data;
}

/** A flow id nobody can guess: it is the only key to the flow's result on the API. */
export function newFlowId(fill: (bytes: Uint8Array<ArrayBuffer>) => void = (bytes) => crypto.getRandomValues(bytes)): string {
  const bytes = new Uint8Array(24);
  fill(bytes);
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
