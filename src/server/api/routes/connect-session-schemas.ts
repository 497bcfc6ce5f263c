import { z } from 'zod';
import { jsonObjectSchema } from '../http/json-value';

/** Request bodies of session creation and reconnect: strict, so an unknown key is a 400 `invalid_body`. */
export const integrationKeySchema = z.string().regex(/^[a-zA-Z0-9~:.@ _-]+$/).max(255);
const tagKey = z.string().max(64).regex(/^[a-zA-Z][a-zA-Z0-9_\-./]*$/);
const tagsSchema = z.record(tagKey, z.string().max(255));

export const endUserSchema = z.strictObject({
  id: z.string().min(1).max(255),
  email: z.email().min(5).optional(),
  display_name: z.string().max(255).optional(),
  tags: tagsSchema.optional(),
});

export const organizationSchema = z.strictObject({
  id: z.string().max(255),
  display_name: z.string().max(255).optional(),
});


const configDefaultsSchema = z.strictObject({
  user_scopes: z.string().optional(),
  authorization_params: z.record(z.string(), z.string()).optional(),
  connection_config: jsonObjectSchema.optional(),
});

const webhookUrlSchema = z.union([z.url({ protocol: /^https?$/ }), z.literal('')]);

/** Top-level session tags: at most 10, values 1..255, keys case-insensitively unique. */
const sessionTagsSchema = z
  .record(tagKey, z.string().min(1).max(255))
  .refine((tags) => Object.keys(tags).length <= 10, { message: 'At most 10 tags are allowed' })
  .refine((tags) => new Set(Object.keys(tags).map((k) => k.toLowerCase())).size === Object.keys(tags).length, {
    message: 'Tag keys must be unique regardless of case',
  });

/**
 * Plugboard's own session settings, under a key of its own: a Nango body never has it, and nothing
 * Nango defines changes meaning. `branding` is the host's product in the widget's header.
 */
const plugboardSettingsSchema = z.strictObject({
  branding: z
    .strictObject({
      name: z.string().min(1).max(80).optional(),
      logo_url: z.url({ protocol: /^https$/ }).max(2048).optional(),
      powered_by: z.boolean().optional(),
    })
    .optional(),
});

const sharedFields = {
  end_user: endUserSchema.optional(),
  organization: organizationSchema.optional(),
  integrations_config_defaults: z.record(integrationKeySchema, configDefaultsSchema).optional(),
  overrides: z.record(integrationKeySchema, z.strictObject({ docs_connect: z.url().optional() })).optional(),
  webhook_url_override: webhookUrlSchema.optional(),
  tags: sessionTagsSchema.optional(),
  plugboard: plugboardSettingsSchema.optional(),
};

export const createSessionBodySchema = z
  .strictObject({ ...sharedFields, allowed_integrations: z.array(integrationKeySchema).optional() })
  .refine((body) => body.end_user !== undefined || body.tags !== undefined, {
    message: 'end_user is required unless tags are provided',
    path: ['end_user'],
  });

export const reconnectSessionBodySchema = z.strictObject({
  ...sharedFields,
  connection_id: z.string().min(1).max(255),
  integration_id: integrationKeySchema,
});

export type CreateSessionBody = z.infer<typeof createSessionBodySchema>;
export type ReconnectSessionBody = z.infer<typeof reconnectSessionBodySchema>;

export const telemetryEvents = [
  'open', 'view:list', 'view:integration', 'view:unknown_error', 'view:credentials_error', 'view:success',
  'click:integration', 'click:doc', 'click:doc_section', 'click:connect', 'click:close', 'click:finish',
  'click:outside', 'popup:blocked_by_browser', 'popup:closed_early',
] as const;

export const telemetryBodySchema = z.strictObject({
  token: z.string().min(1),
  event: z.enum(telemetryEvents),
  timestamp: z.iso.datetime({ offset: true }),
  dimensions: z.strictObject({ integration: z.string().optional() }).optional(),
});

export const emptyQuerySchema = z.strictObject({});
