import { z } from './zod';

// The admin API's answers (secret key auth), read by the console, parsed once where they enter. Objects are loose:
// a newer server may add fields.

const nullableString = z.nullable(z.string());

export const adminIntegrationSchema = z.object({
  unique_key: z.string(),
  provider: z.string(),
  display_name: z.string(),
  logo: z.string(),
  forward_webhooks: z.optional(z.boolean()),
  created_at: z.string(),
  updated_at: z.string(),
  allowed_hosts: z.optional(z.nullable(z.array(z.string()))),
  credentials: z.optional(
    z.nullable(
      z.object({
        type: z.string(),
        client_id: z.optional(z.string()),
        client_secret: z.optional(z.string()),
        scopes: z.optional(nullableString),
        app_id: z.optional(z.string()),
        app_link: z.optional(z.string()),
        private_key: z.optional(z.string()),
      }),
    ),
  ),
});
export type AdminIntegration = z.infer<typeof adminIntegrationSchema>;

export const adminProviderSchema = z.object({
  name: z.string(),
  display_name: z.string(),
  auth_mode: z.string(),
  logo_url: z.optional(z.string()),
  docs: z.optional(z.string()),
  categories: z.optional(z.array(z.string())),
  default_scopes: z.optional(z.array(z.string())),
  installation: z.optional(z.string()),
});
export type AdminProvider = z.infer<typeof adminProviderSchema>;

const endUserSchema = z.nullable(
  z.object({ id: z.string(), display_name: z.optional(nullableString), email: z.optional(nullableString) }),
);

export const connectionSchema = z.object({
  id: z.number(),
  connection_id: z.string(),
  provider_config_key: z.string(),
  provider: z.string(),
  end_user: z.optional(endUserSchema),
  tags: z.optional(z.record(z.string(), z.string())),
  created: z.string(),
});
export type Connection = z.infer<typeof connectionSchema>;

export const connectionDetailSchema = z.object({
  connection_id: z.string(),
  provider_config_key: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  credentials: z.record(z.string(), z.unknown()),
  connection_config: z.optional(z.record(z.string(), z.unknown())),
});
export type ConnectionDetail = z.infer<typeof connectionDetailSchema>;

export const environmentSchema = z.object({
  name: z.string(),
  /** Every environment of the server (an older server leaves it out: one environment). */
  environments: z.optional(z.array(z.string())),
  secret_key: z.string(),
  webhook_signing_key: z.string(),
  webhook_settings: z.object({
    primary_url: nullableString,
    secondary_url: nullableString,
    on_auth_creation: z.boolean(),
    on_auth_refresh_error: z.boolean(),
  }),
  callback_url: z.string(),
  connect_ui_url: z.string(),
});
export type Environment = z.infer<typeof environmentSchema>;

export const deliverySchema = z.object({
  id: z.number(),
  url: z.string(),
  state: z.enum(['delivered', 'failed', 'pending']),
  status: z.nullable(z.number()),
  attempts: z.number(),
  last_error: nullableString,
  created_at: z.string(),
  event: z.nullable(
    z.object({
      type: nullableString,
      operation: nullableString,
      connection_id: nullableString,
      provider_config_key: nullableString,
      success: z.nullable(z.boolean()),
    }),
  ),
});
export type Delivery = z.infer<typeof deliverySchema>;

export const createdSessionSchema = z.object({ token: z.string(), connect_link: z.string(), expires_at: z.string() });
export type CreatedSession = z.infer<typeof createdSessionSchema>;

export const dataOf = <T extends z.ZodMiniType>(schema: T) => z.object({ data: schema });
export const listOf = <T extends z.ZodMiniType>(schema: T) => z.object({ data: z.array(schema) });
export const connectionsResponse = z.object({ connections: z.array(connectionSchema) });
export const successResponse = z.object({ success: z.boolean() });
export const rotatedKeyResponse = z.object({ data: z.object({ webhook_signing_key: z.string() }) });

export const adminErrorEnvelope = z.object({
  error: z.object({
    code: z.optional(z.string()),
    message: z.optional(z.string()),
    errors: z.optional(z.array(z.object({ message: z.string(), path: z.optional(z.array(z.string())) }))),
  }),
});
export type AdminErrorEnvelope = z.infer<typeof adminErrorEnvelope>;
