import { Hono } from 'hono';
import type { ApiDeps } from '../deps';
import { connectionAdminRoutes } from './connections/connection-admin-routes';
import { deliveryRoutes } from './environment/delivery-routes';
import { environmentRoutes, signingKeyRoutes } from './environment/environment-routes';
import { environmentVariableRoutes } from './environment/environment-variable-routes';
import { integrationAdminRoutes } from './integrations/integration-admin-routes';
import { createSqliteAdminStore } from './store/sqlite-admin-store';

/**
 * The secret-key admin API, mounted at the root: Nango's paths where
 * Nango has a public route, `/plugboard/*` where it only has a dashboard one. See README.md.
 */
export function adminRoutes(deps: ApiDeps) {
  const admin = createSqliteAdminStore(deps.store.database, deps.store.cipher);
  const connections = connectionAdminRoutes(deps, admin);
  const app = new Hono();
  app.route('/integrations', integrationAdminRoutes(deps, admin));
  app.route('/connections', connections);
  app.route('/connection', connections);
  app.route('/environment', signingKeyRoutes(deps));
  app.route('/environment-variables', environmentVariableRoutes(deps));
  app.route('/plugboard/environment', environmentRoutes(deps));
  app.route('/plugboard/webhook-deliveries', deliveryRoutes(deps, admin));
  return app;
}
