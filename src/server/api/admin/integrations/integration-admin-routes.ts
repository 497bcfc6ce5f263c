import { Hono } from 'hono';
import { secretKeyAuth } from '../../auth/middleware';
import type { ApiDeps } from '../../deps';
import { apiError } from '../../http/api-error';
import { jsonBody, queryParams, requireJsonContentType, uriParams } from '../../http/validators';
import { emptyQuerySchema } from '../../routes/connect-session-schemas';
import type { AdminStore } from '../store/admin-store';
import {
  createIntegrationBodySchema, getIntegrationQuerySchema, quickstartBodySchema, uniqueKeyParamSchema, updateIntegrationBodySchema,
} from './integration-schemas';
import { publicIntegration } from './public-integration';
import { createIntegration, updateIntegration } from './save-integration';

/**
 * `/integrations/*` with the secret key: create, read one, update, delete. The list,
 * `GET /integrations`, is the widget's route (routes/integration-routes.ts) for both kinds of key.
 */
export function integrationAdminRoutes(deps: ApiDeps, admin: AdminStore) {
  const app = new Hono();
  const format = (key: string) => {
    const integration = deps.store.getIntegration(key);
    if (!integration) throw apiError(404, 'not_found', `Integration "${key}" does not exist`);
    return (include: Parameters<typeof publicIntegration>[3] = []) => publicIntegration(deps, integration, admin.getExtras(key), include);
  };
  app.use('*', requireJsonContentType);

  app.post('/', secretKeyAuth(deps), queryParams(emptyQuerySchema), jsonBody(createIntegrationBodySchema), (c) => {
    const created = createIntegration(deps, admin, c.req.valid('json'));
    return c.json({ data: format(created.uniqueKey)() });
  });

  // Quickstart borrows Nango's shared developer apps; a local server has none to lend.
  app.post('/quickstart', secretKeyAuth(deps), queryParams(emptyQuerySchema), jsonBody(quickstartBodySchema), (c) => {
    const provider = deps.catalogue.get(c.req.valid('json').provider);
    if (!provider) throw apiError(400, 'invalid_body', undefined, [{ code: 'invalid_string', message: 'Invalid provider', path: ['provider'] }]);
    if (!['OAUTH1', 'OAUTH2', 'APP'].includes(provider.auth_mode)) {
      throw apiError(400, 'invalid_body', 'Quickstart is only available for providers that require a developer app');
    }
    throw apiError(400, 'invalid_body', 'No Nango-provided developer app is configured for this provider');
  });

  // Query before path, as Nango validates them.
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
