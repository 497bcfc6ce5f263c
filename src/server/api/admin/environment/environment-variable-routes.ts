import { Hono } from 'hono';
import { secretKeyAuth } from '../../auth/middleware';
import type { ApiDeps } from '../../deps';
import { queryParams, requireJsonContentType } from '../../http/validators';
import { emptyQuerySchema } from '../../routes/connect-session-schemas';
import { readEnvironmentVariables } from '../../store/environment-settings';

/** `GET /environment-variables`: Nango's public route, a bare `[{ name, value }]` array. */
export function environmentVariableRoutes(deps: ApiDeps) {
  const app = new Hono();
  app.get('/', requireJsonContentType, secretKeyAuth(deps), queryParams(emptyQuerySchema), (c) => c.json(readEnvironmentVariables(deps.store)));
  return app;
}
