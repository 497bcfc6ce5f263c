import { z } from 'zod';
import { allowedHostPattern } from '../../oauth/provider-url';
import { integrationKeySchema } from '../../routes/connect-session-schemas';

/** Request shapes of create and update, strict as in Nango: an unknown key is a 400 `invalid_body`. */
export const providerKeySchema = z.string().regex(/^[a-zA-Z0-9_-]+$/).max(255);

// Comma-separated with no spaces, or empty.
const scopesSchema = z.string().regex(/^$|^[0-9a-zA-Z:/_.*-]+(,[0-9a-zA-Z:/_.*-]+)*$/);
const privateKeySchema = z.string().regex(/^-----BEGIN RSA PRIVATE KEY----[\s\S]*-----END RSA PRIVATE KEY-----\s*$/);

const oauthFields = {
  client_id: z.string().min(1).max(255),
  client_secret: z.string().min(1),
  scopes: scopesSchema.optional(),
  webhook_secret: z.string().max(255).optional(),
};
const appFields = { app_id: z.string().min(1).max(255), app_link: z.string().min(1), private_key: privateKeySchema };

export const integrationCredentialsSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('OAUTH1'), ...oauthFields }),
    z.strictObject({ type: z.literal('OAUTH2'), ...oauthFields }),
    z.strictObject({ type: z.literal('TBA'), ...oauthFields }),
    z.strictObject({ type: z.literal('APP'), ...appFields }),
    z.strictObject({ type: z.literal('CUSTOM'), client_id: oauthFields.client_id, client_secret: oauthFields.client_secret, ...appFields }),
  ],
  { error: 'invalid credentials object' },
);
export type IntegrationCredentials = z.infer<typeof integrationCredentialsSchema>;

const stringMap = z.record(z.string(), z.string());

const editableFields = {
  display_name: z.string().min(1).max(255).optional(),
  forward_webhooks: z.boolean().optional(),
  credentials: integrationCredentialsSchema.optional(),
  integration_config: z.record(z.string(), z.string().max(8192)).optional(),
  custom: stringMap.optional(),
  /** Plugboard: hosts the end user may point the provider at (see README); `null` removes the pins. */
  allowed_hosts: z.array(z.string().regex(allowedHostPattern, 'expected a host name such as canvas.example.edu or *.example.edu')).max(100).nullable().optional(),
};

export const createIntegrationBodySchema = z.strictObject({
  provider: providerKeySchema,
  unique_key: integrationKeySchema,
  ...editableFields,
});
export type CreateIntegrationBody = z.infer<typeof createIntegrationBodySchema>;

export const updateIntegrationBodySchema = z.strictObject({ unique_key: integrationKeySchema.optional(), ...editableFields });
export type UpdateIntegrationBody = z.infer<typeof updateIntegrationBodySchema>;

export const quickstartBodySchema = z.strictObject({
  provider: providerKeySchema,
  unique_key: integrationKeySchema,
  display_name: z.string().min(1).max(255).optional(),
  forward_webhooks: z.boolean().optional(),
});

const includeValue = z.enum(['webhook', 'credentials', 'allowed_hosts']);
export const getIntegrationQuerySchema = z.strictObject({ include: z.union([includeValue, z.array(includeValue)]).optional() });

export const uniqueKeyParamSchema = z.strictObject({ uniqueKey: integrationKeySchema });
