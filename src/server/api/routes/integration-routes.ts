import { Hono } from 'hono';
import { sessionOrSecretKeyAuth } from '../auth/middleware';
import type { AdminIntegration } from '../../../contract/admin';
import type { Integration as WireIntegration } from '../../../contract/connect';
import type { ApiDeps } from '../deps';
import { apiError } from '../http/api-error';
import { queryParams, requireJsonContentType } from '../http/validators';
import type { Integration } from '../store/store';
import { emptyQuerySchema } from './connect-session-schemas';

/** `GET /integrations`: filtered by the session's `allowed_integrations`. */
export function integrationRoutes(deps: ApiDeps) {
  const app = new Hono();
  app.use('*', requireJsonContentType);

  app.get('/', sessionOrSecretKeyAuth(deps), queryParams(emptyQuerySchema), (c) => {
    const allowed = c.get('session')?.allowedIntegrations ?? null;
    const integrations = deps.store
      .listIntegrations()
      .filter((integration) => allowed === null || allowed.includes(integration.uniqueKey));
    return c.json({ data: integrations.map((integration) => publicIntegration(deps, integration)) });
  });

  return app;
}

function publicIntegration(deps: ApiDeps, integration: Integration) {
  const provider = deps.catalogue.get(integration.provider);
  if (!provider) throw apiError(500, 'server_error', `Integration "${integration.uniqueKey}" uses an unknown provider`);
  return {
    unique_key: integration.uniqueKey,
    provider: integration.provider,
    display_name: integration.displayName ?? provider.display_name,
    logo: logoUrl(deps, integration.provider),
    forward_webhooks: false,
    created_at: integration.createdAt,
    updated_at: integration.updatedAt,
  } satisfies WireIntegration & AdminIntegration;
}

export function logoUrl(deps: ApiDeps, provider: string): string {
  return `${deps.publicUrl}/images/template-logos/${encodeURIComponent(provider)}.svg`;
}
