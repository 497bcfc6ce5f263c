import { Hono } from 'hono';
import { secretKeyAuth } from '../../auth/middleware';
import { connectSessionTokenPrefix } from '../../crypto/tokens';
import type { ApiDeps } from '../../deps';
import { apiError } from '../../http/api-error';
import { jsonBody, queryParams, requireJsonContentType, uriParams } from '../../http/validators';
import { emptyQuerySchema } from '../../routes/connect-session-schemas';
import type { AdminStore } from '../store/admin-store';
import {
  createIntegrationBodySchema, getIntegrationQuerySchema, uniqueKeyParamSchema, updateIntegrationBodySchema,
} from './integration-schemas';
import { publicIntegration } from './public-integration';
import { createIntegration, updateIntegration } from './save-integration';

/** `/integrations` with the secret key (A3): create, read one, update, delete; and the list's admin shape. */
export function integrationAdminRoutes(deps: ApiDeps, admin: AdminStore) {
  const app = new Hono();
  const format = (key: string) => {
    const integration = deps.store.getIntegration(key);
    if (!integration) throw apiError(404, 'not_found', `Integration "${key}" does not exist`);
    return (include: Parameters<typeof publicIntegration>[3] = []) => publicIntegration(deps, integration, admin.getExtras(key), include);
  };
  app.use('*', requireJsonContentType);

  // The widget's list route (routes/integration-routes.ts) serves session tokens and answers
  // without a header; a secret-key request is answered here first, so `forward_webhooks` shows
  // the stored value (A2). Middlewares are run by hand because `next()` must skip to that route.
  app.get('/', async (c, next) => {
    const header = c.req.header('authorization');
    if (header === undefined || isSessionToken(header)) return next();
    const noop = async () => {};
    await secretKeyAuth(deps)(c, noop);
    await queryParams(emptyQuerySchema)(c, noop);
    const integrations = deps.store.listIntegrations();
    return c.json({ data: integrations.map((integration) => publicIntegration(deps, integration, admin.getExtras(integration.uniqueKey))) });
  });

  app.post('/', secretKeyAuth(deps), queryParams(emptyQuerySchema), jsonBody(createIntegrationBodySchema), (c) => {
    const created = createIntegration(deps, admin, c.req.valid('json'));
    return c.json({ data: format(created.uniqueKey)() });
  });

  // Query before path, as Nango validates them (A3.3).
  app.get('/:uniqueKey', secretKeyAuth(deps), queryParams(getIntegrationQuerySchema), uriParams(uniqueKeyParamSchema), (c) => {
    const { include } = c.req.valid('query');
    const includes = include === undefined ? [] : Array.isArray(include) ? include : [include];
    return c.json({ data: format(c.req.valid('param').uniqueKey)(includes) });
  });

  app.patch('/:uniqueKey', secretKeyAuth(deps), queryParams(emptyQuerySchema), jsonBody(updateIntegrationBodySchema), uriParams(uniqueKeyParamSchema), (c) => {
    const updated = updateIntegration(deps, admin, c.req.valid('param').uniqueKey, c.req.valid('json'));
    return c.json({ data: format(updated.uniqueKey)() });
  });

  app.delete('/:uniqueKey', secretKeyAuth(deps), queryParams(emptyQuerySchema), uriParams(uniqueKeyParamSchema), (c) => {
    if (!admin.deleteIntegration(c.req.valid('param').uniqueKey)) throw apiError(404, 'not_found', 'Integration does not exist');
    return c.json({ success: true });
  });

  return app;
}

function isSessionToken(header: string): boolean {
  return header.split('Bearer ').pop()?.trim().startsWith(connectSessionTokenPrefix) ?? false;
}
