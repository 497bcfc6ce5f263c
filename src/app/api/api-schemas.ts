import { z } from '../../protocol/zod';
import { connectUISettingsSchema } from '../../protocol/messages';
import { fieldsSchema } from './field-schema';

// Every API response is parsed here, once, where it enters. Objects are loose:
// a newer server may add fields.
const optional = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);
const stringRecord = optional(z.record(z.string(), z.string()));

const integrationDefaults = z.looseObject({
  connection_config: optional(z.record(z.string(), z.unknown())),
  authorization_params: stringRecord,
});

export const sessionSchema = z.looseObject({
  connectUISettings: z.catch(z.nullable(connectUISettingsSchema), null),
  allowed_integrations: optional(z.array(z.string())),
  integrations_config_defaults: optional(z.record(z.string(), integrationDefaults)),
  isReconnecting: optional(z.boolean()),
  overrides: optional(z.record(z.string(), z.looseObject({ docs_connect: optional(z.string()) }))),
  websocketsPath: optional(z.string()),
  /** Plugboard's own session settings: the host's product name and logo (its `powered_by` arrives as `showWatermark`). */
  plugboard: optional(
    z.looseObject({
      branding: optional(z.looseObject({ name: optional(z.string()), logo_url: optional(z.string()) })),
    }),
  ),
});
export type Session = z.infer<typeof sessionSchema>;

export const integrationSchema = z.looseObject({
  unique_key: z.string().check(z.minLength(1)),
  provider: z.string().check(z.minLength(1)),
  display_name: optional(z.string()),
  logo: optional(z.string()),
  credentials_label: stringRecord,
  preconfigured_credentials: optional(z.array(z.string())),
});
export type Integration = z.infer<typeof integrationSchema>;

export const providerSchema = z.looseObject({
  name: optional(z.string()),
  display_name: optional(z.string()),
  // Any string: an auth mode we do not know must reach the UI as "not supported", not as a parse error.
  auth_mode: z.catch(z.string(), ''),
  docs_connect: optional(z.string()),
  logo_url: optional(z.string()),
  credentials: fieldsSchema,
  connection_config: fieldsSchema,
  assertion_option: fieldsSchema,
  integration_config: fieldsSchema,
  installation: optional(z.string()),
  require_client_certificate: optional(z.boolean()),
  token_request_auth_method: optional(z.string()),
});
export type Provider = z.infer<typeof providerSchema>;

export const sessionResponse = z.object({ data: sessionSchema });
// One malformed integration is dropped, not the whole list.
export const integrationsResponse = z.object({ data: z.array(z.catch(z.nullable(integrationSchema), null)) });
export const providerResponse = z.object({ data: providerSchema });

export const connectionResponse = z.looseObject({
  connectionId: z.string().check(z.minLength(1)),
  providerConfigKey: z.string().check(z.minLength(1)),
  isPending: optional(z.boolean()),
});
export type ConnectionResponse = z.infer<typeof connectionResponse>;

/** Nango's error envelope; a few servers send a bare string. */
export const errorEnvelope = z.looseObject({
  error: z.union([
    z.string(),
    z.looseObject({ code: optional(z.string()), message: optional(z.string()) }),
  ]),
});
