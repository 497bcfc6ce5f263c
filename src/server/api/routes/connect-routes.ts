import { Hono } from 'hono';
import { resolveSession } from '../auth/resolve-session';
import { secretKeyAuth, sessionAuth } from '../auth/middleware';
import type { ApiDeps, ApiEnv } from '../deps';
import { apiError } from '../http/api-error';
import { rateLimit } from '../http/rate-limit';
import { jsonBody, queryParams, requireJsonContentType } from '../http/validators';
import { createConnectSession } from '../sessions/create-session';
import { sessionOutput } from '../sessions/session-output';
import {
  createSessionBodySchema, emptyQuerySchema, reconnectSessionBodySchema, telemetryBodySchema,
} from './connect-session-schemas';

const telemetryClockSkewMs = 2 * 60 * 60 * 1000;

/** `/connect/*`: connect sessions and telemetry. */
export function connectRoutes(deps: ApiDeps) {
  const app = new Hono<ApiEnv>();
  app.use('*', requireJsonContentType);

  app.post('/sessions', rateLimit(deps, 'sessions'), secretKeyAuth(deps), queryParams(emptyQuerySchema), jsonBody(createSessionBodySchema), (c) => {
    return c.json({ data: createConnectSession(deps, c.req.valid('json')) }, 201);
  });

  app.post('/sessions/reconnect', rateLimit(deps, 'sessions'), secretKeyAuth(deps), queryParams(emptyQuerySchema), jsonBody(reconnectSessionBodySchema), (c) => {
    const { connection_id: connectionId, integration_id: integrationId, ...rest } = c.req.valid('json');
    const connection = deps.store.getConnection(integrationId, connectionId);
    if (!connection) throw apiError(400, 'invalid_body', 'ConnectionID or IntegrationId does not exists');
    const created = createConnectSession(deps, { ...rest, allowed_integrations: [integrationId], reconnectConnectionId: connection.id });
    return c.json({ data: created }, 201);
  });

  app.get('/session', sessionAuth(deps), queryParams(emptyQuerySchema), (c) => {
    return c.json({ data: sessionOutput(deps, c.get('session')) });
  });

  app.delete('/session', sessionAuth(deps), queryParams(emptyQuerySchema), (c) => {
    deps.store.deleteConnectSession(c.get('session').id);
    return c.body(null, 204);
  });

  // sendBeacon cannot set headers, so the token travels in the body.
  app.post('/telemetry', jsonBody(telemetryBodySchema), (c) => {
    const body = c.req.valid('json');
    resolveSession(deps, body.token);
    if (Math.abs(Date.parse(body.timestamp) - deps.now().getTime()) > telemetryClockSkewMs) {
      throw apiError(400, 'invalid_body', 'timestamp must be within 2 hours of the server time');
    }
    return c.body(null, 204);
  });

  return app;
}
