import { z } from 'zod';
import type { DeliveryRecord } from '../store/admin-store';

// The stored body is one this server signed; parsed loosely so an odd row still lists.
const authEventSchema = z.looseObject({
  type: z.string().optional(),
  operation: z.string().optional(),
  connectionId: z.string().optional(),
  providerConfigKey: z.string().optional(),
  success: z.boolean().optional(),
});

function eventOf(body: string) {
  let json: unknown = null;
  try {
    json = JSON.parse(body);
  } catch {
    // A body that is not JSON is listed without its summary.
  }
  const parsed = authEventSchema.safeParse(json);
  if (!parsed.success) return null;
  return {
    type: parsed.data.type ?? null,
    operation: parsed.data.operation ?? null,
    connection_id: parsed.data.connectionId ?? null,
    provider_config_key: parsed.data.providerConfigKey ?? null,
    success: parsed.data.success ?? null,
  };
}

/** One webhook delivery as `/plugboard/webhook-deliveries` returns it (ours). */
export function publicDelivery(record: DeliveryRecord) {
  const isDelivered = record.deliveredAt !== null;
  return {
    id: record.id,
    url: record.url,
    state: isDelivered ? 'delivered' : record.attempts === 0 ? 'pending' : 'failed',
    status: record.status,
    attempts: record.attempts,
    last_error: record.lastError,
    created_at: record.createdAt,
    delivered_at: record.deliveredAt,
    event: eventOf(record.body),
  };
}
