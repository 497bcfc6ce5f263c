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
});

/** True when `X-Nango-Hmac-Sha256` is the HMAC-SHA256 of the exact raw body (compat §4.7). */
export function isSignatureValid(rawBody: string, signature: string | undefined, signingKey: string): boolean {
  if (!signature || !/^[0-9a-f]{64}$/i.test(signature)) return false;
  const expected = createHmac('sha256', signingKey).update(rawBody).digest();
  return timingSafeEqual(expected, Buffer.from(signature, 'hex'));
}

/** `POST /webhooks/plugboard`: what a customer's backend does with Plugboard's auth webhooks. */
export function webhookReceiver(state: DemoState, signingKey: string) {
  const app = new Hono();
  app.post('/plugboard', async (c) => {
    const rawBody = await c.req.text();
    const isVerified = isSignatureValid(rawBody, c.req.header('x-nango-hmac-sha256'), signingKey);
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
  state.addEvent({
    source: 'webhook',
    type: `${body.type}:${operation}`,
    summary: `${providerConfigKey ?? '?'} ${connectionId ?? ''} ${success ? 'succeeded' : 'failed'}`.trim(),
    isVerified: true,
  });
  if (body.type === 'auth' && success && connectionId && providerConfigKey) {
    state.upsertConnection({ providerConfigKey, connectionId, authMode: body.authMode ?? null, lastOperation: operation, isConfirmedByWebhook: true });
  }
}

function parseJsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
