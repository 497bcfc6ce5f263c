import { Hono } from 'hono';
import { secretKeyAuth } from '../../auth/middleware';
import type { ApiDeps } from '../../deps';
import { apiError } from '../../http/api-error';
import { queryParams, requireJsonContentType, uriParams } from '../../http/validators';
import { emptyQuerySchema } from '../../routes/connect-session-schemas';
import type { AdminStore } from '../store/admin-store';
import { deliveriesQuerySchema, deliveryIdParamSchema } from './environment-schemas';
import { publicDelivery } from './public-delivery';
import { resendDelivery } from './resend-delivery';

const defaultLimit = 20;

/** `/plugboard/webhook-deliveries` (ours): the last deliveries, newest first, and resend. */
export function deliveryRoutes(deps: ApiDeps, admin: AdminStore) {
  const app = new Hono();
  app.use('*', requireJsonContentType, secretKeyAuth(deps));

  app.get('/', queryParams(deliveriesQuerySchema), (c) => {
    const limit = c.req.valid('query').limit ?? defaultLimit;
    return c.json({ data: admin.listDeliveries(limit).map(publicDelivery) });
  });

  app.post('/:id/resend', queryParams(emptyQuerySchema), uriParams(deliveryIdParamSchema), async (c) => {
    const original = admin.getDelivery(c.req.valid('param').id);
    if (!original) throw apiError(404, 'not_found', 'There is no webhook delivery with this id');
    const resent = admin.getDelivery(await resendDelivery(deps, original));
    if (!resent) throw apiError(500, 'server_error', 'The resent delivery was not recorded');
    return c.json({ data: publicDelivery(resent) });
  });

  return app;
}
