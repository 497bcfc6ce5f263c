import { z } from 'zod';
import { integrationKeySchema } from './connect-session-schemas';

const stringRecord = z.record(z.string(), z.string());

/**
 * The query string the SDK builds. Keys only the popup path uses are accepted and
 * ignored on direct routes; `connection_id` is refused with a session token, as in Nango.
 */
export const authQuerySchema = z
  .strictObject({
    connect_session_token: z.string().optional(),
    params: stringRecord.optional(),
    connection_id: z.string().optional(),
    public_key: z.string().optional(),
    hmac: z.string().optional(),
    user_scope: z.string().optional(),
    authorization_params: stringRecord.optional(),
    credentials: stringRecord.optional(),
    token_id: z.string().optional(),
    token_secret: z.string().optional(),
    ws_client_id: z.string().max(64).optional(),
  })
  .superRefine((query, ctx) => {
    if (query.connection_id !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['connection_id'], message: 'connection_id is forbidden when using session token' });
    }
  });

export type AuthQuery = z.infer<typeof authQuerySchema>;

export const providerConfigKeyParamSchema = z.strictObject({ providerConfigKey: integrationKeySchema });
