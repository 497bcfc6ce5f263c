import { z } from '../../protocol/zod';

// What the API sends on the OAuth WebSocket. Loose objects: a newer
// server may add fields. Unknown `message_type`s are ignored, as Nango's SDK does.
const ack = z.looseObject({
  message_type: z.literal('connection_ack'),
  ws_client_id: z.string().check(z.minLength(1), z.maxLength(256)),
});

const success = z.looseObject({
  message_type: z.literal('success'),
  provider_config_key: z.string(),
  connection_id: z.string().check(z.minLength(1)),
  is_pending: z.catch(z.optional(z.boolean()), undefined),
});

const error = z.looseObject({
  message_type: z.literal('error'),
  provider_config_key: z.catch(z.optional(z.string()), undefined),
  connection_id: z.catch(z.optional(z.string()), undefined),
  error_type: z.catch(z.string(), 'unknown_err'),
  error_desc: z.catch(z.string(), ''),
});

const socketMessage = z.discriminatedUnion('message_type', [ack, success, error]);
export type SocketMessage = z.infer<typeof socketMessage>;

/** A flow's outcome; the API's redirect-mode result endpoint answers with the same shape. */
export const socketResultSchema = z.discriminatedUnion('message_type', [success, error]);
export type SocketResult = z.infer<typeof socketResultSchema>;

/** Parses one WebSocket frame (text JSON); anything else is `null`, never a throw. */
export function parseSocketMessage(data: unknown): SocketMessage | null {
  if (typeof data !== 'string') return null;
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return null;
  }
  const result = z.safeParse(socketMessage, json);
  return result.success ? result.data : null;
}
