import { Hono, type MiddlewareHandler } from 'hono';
import type { ConnectionResponse } from '../../../contract/connect';
import type { z } from 'zod';
import { querySessionAuth } from '../auth/middleware';
import { completeConnection, reportAuthFailure } from '../connections/complete-connection';
import { buildConnectionConfig, urlValuesFor } from '../connections/connection-config';
import { directAuthModes, type DirectAuthMode } from '../connections/direct-auth-modes';
import { resolveIntegration } from '../connections/resolve-integration';
import { verifyCredentials } from '../connections/verify-credentials';
import type { ApiDeps, ApiEnv } from '../deps';
import { rateLimit } from '../http/rate-limit';
import { jsonBody, queryParams, uriParams } from '../http/validators';
import { authQuerySchema, providerConfigKeyParamSchema } from './auth-query-schema';

/** The direct auth routes, one per row of `directAuthModes`. */
export function directAuthRoutes(deps: ApiDeps) {
  const app = new Hono<ApiEnv>();
  // Per route, not `use('*')`: this sub-app is mounted at the root and must not touch other routes.
  const limit = rateLimit(deps, 'auth');
  for (const mode of directAuthModes) registerMode(app, deps, mode, limit);
  return app;
}

function registerMode(app: Hono<ApiEnv>, deps: ApiDeps, mode: DirectAuthMode<z.ZodType>, limit: MiddlewareHandler): void {
  app.post(
    mode.path,
    limit,
    querySessionAuth(deps),
    queryParams(authQuerySchema),
    uriParams(providerConfigKeyParamSchema),
    jsonBody(mode.body),
    async (c) => {
      const query = c.req.valid('query');
      const session = c.get('session');
      const { providerConfigKey } = c.req.valid('param');
      const resolved = resolveIntegration(deps, session, providerConfigKey, mode.accepts);
      const connectionConfig = buildConnectionConfig(resolved.provider, query.params, session, providerConfigKey);
      const urlValues = urlValuesFor(resolved.integration, session, connectionConfig);
      let credentials;
      try {
        credentials = await mode.credentials(c.req.valid('json'), { deps, provider: resolved.provider, connectionConfig, urlValues });
        verifyCredentials(resolved.integration.provider, credentials, connectionConfig);
      } catch (err) {
        reportAuthFailure(deps, { ...resolved, session }, err);
        throw err;
      }
      const { connection } = completeConnection(deps, {
        ...resolved,
        session,
        credentials,
        connectionConfig,
        ...(mode.isPending ? { isPending: true } : {}),
      });
      return c.json({ connectionId: connection.connectionId, providerConfigKey: connection.providerConfigKey } satisfies ConnectionResponse);
    },
  );
}
