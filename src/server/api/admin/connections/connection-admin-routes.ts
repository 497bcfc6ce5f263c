import { Hono } from 'hono';
import { secretKeyAuth } from '../../auth/middleware';
import type { ApiDeps } from '../../deps';
import { apiError } from '../../http/api-error';
import { queryParams, requireJsonContentType, uriParams } from '../../http/validators';
import type { AdminStore, ConnectionFilter } from '../store/admin-store';
import {
  connectionIdParamSchema, deleteConnectionQuerySchema, getConnectionQuerySchema, listConnectionsQuerySchema,
  type ListConnectionsQuery,
} from './connection-schemas';
import { publicConnectionFull, publicConnectionListItem } from './public-connection';

/** A5.1: with no `limit`, Nango returns up to 10 000 rows. */
const defaultLimit = 10_000;

/** `/connections` and its deprecated alias `/connection` (A1.1): list, read one, delete. */
export function connectionAdminRoutes(deps: ApiDeps, admin: AdminStore) {
  const app = new Hono();
  app.use('*', requireJsonContentType, secretKeyAuth(deps));

  app.get('/', queryParams(listConnectionsQuerySchema), (c) => {
    const rows = admin.listConnections(toFilter(c.req.valid('query')));
    return c.json({ connections: rows.map(publicConnectionListItem) });
  });

  // Query before path (A5.2).
  app.get('/:connectionId', queryParams(getConnectionQuerySchema), uriParams(connectionIdParamSchema), (c) => {
    const query = c.req.valid('query');
    if (!deps.store.getIntegration(query.provider_config_key)) throw apiError(400, 'unknown_provider_config', 'Provider does not exists');
    const connection = deps.store.getConnection(query.provider_config_key, c.req.valid('param').connectionId);
    if (!connection) throw apiError(404, 'not_found', 'Failed to find connection');
    const endUser = connection.endUserRowId === null ? null : admin.getEndUser(connection.endUserRowId);
    const fetchedAt = deps.now().toISOString();
    return c.json(publicConnectionFull(connection, { endUser, withRefreshToken: query.refresh_token === true, fetchedAt }));
  });

  // Path before query (A5.3); an unknown integration is reported like an unknown connection.
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
