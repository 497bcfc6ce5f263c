import { z } from 'zod';
import { jsonObjectSchema } from '../../http/json-value';
import { endUserSchema, integrationKeySchema } from '../../routes/connect-session-schemas';

/** Queries and paths of the connection routes, strict: an unknown key is a 400 `invalid_query_params`. */
const text = z.string().min(1).max(255);
const tagKey = z.string().max(64).regex(/^[a-zA-Z][a-zA-Z0-9_\-./]*$/);

const tagsSchema = z
  .record(tagKey, z.string().min(1).max(255))
  .refine((tags) => Object.keys(tags).length <= 10, { message: 'At most 10 tags are allowed' });

export const listConnectionsQuerySchema = z.strictObject({
  connectionId: text.optional(),
  search: text.optional(),
  endUserId: text.optional(),
  endUserOrganizationId: text.optional(),
  integrationId: z.string().min(1).optional(),
  tags: tagsSchema.optional(),
  limit: z.coerce.number().int().min(1).max(2000).optional(),
  page: z.coerce.number().int().min(0).optional(),
});
export type ListConnectionsQuery = z.infer<typeof listConnectionsQuerySchema>;

export const getConnectionQuerySchema = z.strictObject({
  provider_config_key: integrationKeySchema,
  force_refresh: z.stringbool().optional(),
  refresh_token: z.stringbool().optional(),
  refresh_github_app_jwt_token: z.stringbool().optional(),
});

export const deleteConnectionQuerySchema = z.strictObject({ provider_config_key: integrationKeySchema });

export const connectionIdParamSchema = z.strictObject({
  connectionId: z.string().regex(/^[a-zA-Z0-9,.;:=+~[\]|@${}"'\\/_ -]+$/).max(255),
});

/** `PATCH /connections/:connectionId`: the query names the integration. */
export const patchConnectionQuerySchema = z.strictObject({ provider_config_key: integrationKeySchema });
export const patchConnectionBodySchema = z.strictObject({
  end_user: endUserSchema.optional(),
  tags: tagsSchema.optional(),
  webhook_url_override: z.union([z.url({ protocol: /^https?$/ }), z.literal('')]).optional(),
});
export type PatchConnectionBody = z.infer<typeof patchConnectionBodySchema>;

const connectionIdSchema = connectionIdParamSchema.shape.connectionId;

/** `POST` and `PATCH /connections/metadata`: one id or several, the metadata a JSON object. */
export const metadataBodySchema = z.strictObject({
  connection_id: z.union([connectionIdSchema, z.array(connectionIdSchema).min(1).max(100)]),
  provider_config_key: integrationKeySchema,
  metadata: jsonObjectSchema,
});
export type MetadataBody = z.infer<typeof metadataBodySchema>;
