import { Hono } from 'hono';
import { secretKeyAuth } from '../../auth/middleware';
import { createTokenRefresher } from '../../connections/token-refresh';
import type { ApiDeps } from '../../deps';
import { apiError } from '../../http/api-error';
import { jsonBody, queryParams, requireJsonContentType, uriParams } from '../../http/validators';
import { emptyQuerySchema } from '../../routes/connect-session-schemas';
import type { AdminStore, ConnectionFilter } from '../store/admin-store';
import {
  connectionIdParamSchema, deleteConnectionQuerySchema, getConnectionQuerySchema, listConnectionsQuerySchema,
  metadataBodySchema, patchConnectionBodySchema, patchConnectionQuerySchema, type ListConnectionsQuery,
} from './connection-schemas';
import { patchConnection, writeMetadata } from './connection-updates';
import { publicConnectionFull, publicConnectionListItem } from './public-connection';

/** With no `limit`, Nango returns up to 10 000 rows. */
const defaultLimit = 10_000;

/** `/connections` and its deprecated alias `/connection`: list, read one, delete. */
export function connectionAdminRoutes(deps: ApiDeps, admin: AdminStore) {
  const app = new Hono();
  const refresher = createTokenRefresher(deps);
  app.use('*', requireJsonContentType, secretKeyAuth(deps));

  app.get('/', queryParams(listConnectionsQuerySchema), (c) => {
    const rows = admin.listConnections(toFilter(c.req.valid('query')));
    return c.json({ connections: rows.map(publicConnectionListItem) });
  });

  // Before `/:connectionId`, which would take "metadata" for a connection id.
  app.post('/metadata', queryParams(emptyQuerySchema), jsonBody(metadataBodySchema), (c) => {
    writeMetadata(deps, c.req.valid('json'), 'replace');
    return c.json(c.req.valid('json'), 201);
  });
  app.patch('/metadata', queryParams(emptyQuerySchema), jsonBody(metadataBodySchema), (c) => {
    writeMetadata(deps, c.req.valid('json'), 'merge');
    return c.json(c.req.valid('json'));
  });

  app.patch('/:connectionId', queryParams(patchConnectionQuerySchema), uriParams(connectionIdParamSchema), jsonBody(patchConnectionBodySchema), (c) => {
    const key = c.req.valid('query').provider_config_key;
    if (!deps.store.getIntegration(key)) throw apiError(400, 'unknown_provider_config', 'Provider does not exists');
    const connection = deps.store.getConnection(key, c.req.valid('param').connectionId);
    if (!connection) throw apiError(404, 'not_found', 'Failed to find connection');
    patchConnection(deps, connection, c.req.valid('json'));
    return c.json({ success: true });
  });

  // Query before path. OAuth2 tokens are refreshed first when due or forced, as Nango does.
  app.get('/:connectionId', queryParams(getConnectionQuerySchema), uriParams(connectionIdParamSchema), async (c) => {
    const query = c.req.valid('query');
    if (!deps.store.getIntegration(query.provider_config_key)) throw apiError(400, 'unknown_provider_config', 'Provider does not exists');
    const stored = deps.store.getConnection(query.provider_config_key, c.req.valid('param').connectionId);
    if (!stored) throw apiError(404, 'not_found', 'Failed to find connection');
    const outcome = await refresher.fresh(stored, { force: query.force_refresh === true });
    const { connection } = outcome;
    const view = (withCredentials: boolean) => publicConnectionFull(connection, {
      endUser: connection.endUserRowId === null ? null : admin.getEndUser(connection.endUserRowId),
      withRefreshToken: withCredentials && query.refresh_token === true,
      fetchedAt: deps.now().toISOString(),
      authErrorLogId: deps.store.getAuthError(connection.id)?.logId ?? null,
      metadata: deps.store.getMetadata(connection.id),
      withCredentials,
    });
    if (!outcome.ok) {
      return c.json({ error: { code: 'invalid_credentials', message: outcome.message, payload: { connection: view(false) } } }, outcome.status);
    }
    return c.json(view(true));
  });

  // Path before query; an unknown integration is reported like an unknown connection.
  app.delete('/:connectionId', uriParams(connectionIdParamSchema), queryParams(deleteConnectionQuerySchema), (c) => {
    const isDeleted = admin.deleteConnection(c.req.valid('query').provider_config_key, c.req.valid('param').connectionId);
    if (!isDeleted) throw apiError(400, 'unknown_connection');
    return c.json({ success: true });
  });

  return app;
}

function toFilter(query: ListConnectionsQuery): ConnectionFilter {
  const limit = query.limit ?? defaultLimit;
  const tags = query.tags && Object.fromEntries(Object.entries(query.tags).map(([key, value]) => [key.toLowerCase(), value]));
  return {
    connectionId: query.connectionId,
    search: query.search,
    endUserId: query.endUserId,
    endUserOrganizationId: query.endUserOrganizationId,
    integrationIds: query.integrationId?.split(',').map((key) => key.trim()).filter(Boolean),
    tags,
    limit,
    offset: (query.page ?? 0) * limit,
  };
}
