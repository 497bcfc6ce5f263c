import { z } from 'zod';

/** `''` clears a URL, as in Nango's dashboard API; `null` is refused there too. */
const webhookUrl = z.union([z.url({ protocol: /^https?$/ }), z.literal('')]);

/**
 * The body of Nango's private `PATCH /api/v1/environments/webhook`, field for field, for
 * the switches this server acts on. The sync switches do not exist here: there are no syncs.
 */
export const webhookSettingsBodySchema = z
  .strictObject({
    primary_url: webhookUrl.optional(),
    secondary_url: webhookUrl.optional(),
    on_auth_creation: z.boolean().optional(),
    on_auth_refresh_error: z.boolean().optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: 'Nothing to update' });
export type WebhookSettingsBody = z.infer<typeof webhookSettingsBodySchema>;

export const deliveryIdParamSchema = z.strictObject({ id: z.coerce.number().int().positive() });

export const deliveriesQuerySchema = z.strictObject({ limit: z.coerce.number().int().min(1).max(100).optional() });
