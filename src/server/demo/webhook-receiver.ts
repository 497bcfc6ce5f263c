import { createHmac, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import type { DemoState } from './demo-state';

const authWebhookSchema = z.looseObject({
  type: z.string(),
  connectionId: z.string().optional(),
  providerConfigKey: z.string().optional(),
  authMode: z.string().optional(),
  operation: z.string().optional(),
  success: z.boolean().optional(),
  error: z.looseObject({ type: z.string().optional(), description: z.string().optional() }).optional(),
});

/** True when `X-Nango-Hmac-Sha256` is the HMAC-SHA256 of the exact raw body. */
export function isSignatureValid(rawBody: string, signature: string | undefined, signingKey: string): boolean {
  if (!signature || !/^[0-9a-f]{64}$/i.test(signature)) return false;
  const expected = createHmac('sha256', signingKey).update(rawBody).digest();
  return timingSafeEqual(expected, Buffer.from(signature, 'hex'));
}

/** Where the receiver gets its key: `current` may be cached, `refresh` asks again (after a rotation). */
export interface SigningKeySource {
  current(): Promise<string>;
  refresh(): Promise<string>;
}

/** A fixed key, or the API's current one fetched on first use and again when a signature stops matching. */
export function signingKeySource(fetchKey: () => Promise<string>, fixed?: string): SigningKeySource {
  if (fixed) return { current: async () => fixed, refresh: async () => fixed };
  let cached: Promise<string> | null = null;
  const refresh = () => {
    cached = fetchKey();
    cached.catch(() => (cached = null));
    return cached;
  };
  return { current: () => cached ?? refresh(), refresh };
}

async function verify(rawBody: string, signature: string | undefined, keys: SigningKeySource): Promise<boolean> {
  const key = await keys.current();
  if (isSignatureValid(rawBody, signature, key)) return true;
  const latest = await keys.refresh();
  return latest !== key && isSignatureValid(rawBody, signature, latest);
}

/** `POST /webhooks/plugboard`: what a customer's backend does with Plugboard's auth webhooks. */
export function webhookReceiver(state: DemoState, signingKeys: SigningKeySource) {
  const app = new Hono();
  app.post('/plugboard', async (c) => {
    const rawBody = await c.req.text();
    const isVerified = await verify(rawBody, c.req.header('x-nango-hmac-sha256'), signingKeys);
    if (!isVerified) {
      state.addEvent({ source: 'webhook', type: 'rejected', summary: 'A webhook with an invalid signature was rejected', isVerified: false });
      return c.json({ error: 'invalid signature' }, 401);
    }
    const body = authWebhookSchema.safeParse(parseJsonOrNull(rawBody));
    if (!body.success) return c.json({ error: 'unexpected body' }, 400);
    recordAuthWebhook(state, body.data);
    return c.body(null, 204);
  });
  return app;
}

function recordAuthWebhook(state: DemoState, body: z.infer<typeof authWebhookSchema>): void {
  const { connectionId, providerConfigKey, operation = 'unknown', success } = body;
  const error = success ? null : [body.error?.type, body.error?.description].filter(Boolean).join(': ') || 'unknown error';
  state.addEvent({
    source: 'webhook',
    type: `${body.type}:${operation}`,
    summary: `${providerConfigKey ?? '?'} ${connectionId ?? ''} ${success ? 'succeeded' : `failed (${error})`}`.trim(),
    isVerified: true,
    ...(success ? {} : { isFailure: true }),
  });
  if (body.type !== 'auth' || !connectionId || !providerConfigKey) return;
  if (success) {
    state.upsertConnection({ providerConfigKey, connectionId, authMode: body.authMode ?? null, lastOperation: operation, isConfirmedByWebhook: true, error: null });
  } else if (state.hasConnection(providerConfigKey, connectionId)) {
    // A failed creation has no connection to show; a failed reconnect or refresh marks the one it concerns.
    state.upsertConnection({ providerConfigKey, connectionId, authMode: body.authMode ?? null, lastOperation: operation, error });
  }
}

function parseJsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
