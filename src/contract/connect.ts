import { z } from './zod';

export type { ConnectionResponse, ConnectUISettings, FieldDefinition, FieldDefinitions, Integration, Provider, Session, SessionConnection } from './types';

// The Connect API's answers (session token auth), parsed once where they enter: by the widget, the
// headless client and the reference server's tests. Objects are loose: a newer server may add fields.
// The first load's two answers and the error envelope are hand-written parsers (first-load.ts):
// the widget's first screen reads them without zod.
export { parseErrorEnvelope, parseIntegration, parseIntegrationsResponse, parseSession, parseSessionResponse, type ErrorEnvelope } from './first-load';
// The widget reads the provider and a submit's answer with hand-written parsers too (provider.ts),
// which accept exactly what the schemas below accept.
export { parseConnectionResponse, parseProvider, parseProviderResponse } from './provider';
const optional = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);

const text = optional(z.string());
const scalar = optional(z.union([z.string(), z.number(), z.boolean()]));
// The yaml writes booleans; Nango's types say string. Accept both spellings.
const flag = optional(z.union([z.boolean(), z.enum(['true', 'false'])]));

// Provider field definitions come from a catalogue we do not control: every key is optional and a
// key of the wrong type is dropped rather than failing the whole provider.
export const fieldSchema = z.looseObject({
  title: text,
  description: text,
  example: scalar,
  pattern: text,
  format: text,
  optional: flag,
  default_value: scalar,
  hidden: flag,
  automated: flag,
  secret: flag,
  prefix: text,
  suffix: text,
  doc_section: text,
  enum: optional(z.array(z.union([z.string(), z.number()]))),
  order: optional(z.number()),
});

/** A map of field definitions; an entry that is not an object at all becomes `null` and is skipped. */
export const fieldsSchema = optional(z.record(z.string(), z.catch(z.nullable(fieldSchema), null)));

/** `GET /providers/:provider` → `data`. */
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

export const providerResponse = z.object({ data: providerSchema });

/** What every direct auth route (`/api-auth/*`, `/auth/*`, `/oauth2/auth`) answers on success. */
export const connectionResponse = z.looseObject({
  connectionId: z.string().check(z.minLength(1)),
  providerConfigKey: z.string().check(z.minLength(1)),
  isPending: optional(z.boolean()),
});

// What the API sends on the OAuth WebSocket. Unknown `message_type`s are ignored, as Nango's SDK does.
const socketAck = z.looseObject({
  message_type: z.literal('connection_ack'),
  ws_client_id: z.string().check(z.minLength(1), z.maxLength(256)),
});

const socketSuccess = z.looseObject({
  message_type: z.literal('success'),
  provider_config_key: z.string(),
  connection_id: z.string().check(z.minLength(1)),
  is_pending: z.catch(z.optional(z.boolean()), undefined),
});

const socketError = z.looseObject({
  message_type: z.literal('error'),
  provider_config_key: z.catch(z.optional(z.string()), undefined),
  connection_id: z.catch(z.optional(z.string()), undefined),
  error_type: z.catch(z.string(), 'unknown_err'),
  error_desc: z.catch(z.string(), ''),
});

export const socketMessageSchema = z.discriminatedUnion('message_type', [socketAck, socketSuccess, socketError]);
export type SocketMessage = z.infer<typeof socketMessageSchema>;

/** A flow's outcome; the API's redirect-mode result endpoint answers with the same shape. */
export const socketResultSchema = z.discriminatedUnion('message_type', [socketSuccess, socketError]);
export type SocketResult = z.infer<typeof socketResultSchema>;

// Redirect mode needs two routes only Plugboard's API has (a Nango server answers 404 to both):
//   GET /oauth/redirect          → { data: { returnTo: true } }   the capability
//   GET /oauth/redirect/:flowId  → { data: <the WebSocket message the flow would have sent> }
export const redirectCapabilityResponse = z.object({ data: z.looseObject({ returnTo: z.literal(true) }) });
export type RedirectCapability = z.infer<typeof redirectCapabilityResponse>;
export const redirectResultResponse = z.object({ data: socketResultSchema });
