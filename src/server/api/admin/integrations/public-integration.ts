import type { ApiDeps } from '../../deps';
import { apiError } from '../../http/api-error';
import type { Provider } from '../../providers/provider';
import { logoUrl } from '../../routes/integration-routes';
import type { Integration } from '../../store/store';
import type { IntegrationExtras } from '../store/admin-store';

export type IntegrationInclude = 'webhook' | 'credentials' | 'allowed_hosts';

/** `ApiPublicIntegration`, key order as Nango emits it, plus the credentials and webhook secret on request. */
export function publicIntegration(
  deps: ApiDeps,
  integration: Integration,
  extras: IntegrationExtras,
  include: readonly IntegrationInclude[] = [],
) {
  const provider = deps.catalogue.get(integration.provider);
  if (!provider) throw apiError(500, 'server_error', `Integration "${integration.uniqueKey}" uses an unknown provider`);
  return {
    unique_key: integration.uniqueKey,
    provider: integration.provider,
    display_name: integration.displayName ?? provider.display_name,
    logo: logoUrl(deps, integration.provider),
    ...(include.includes('webhook') ? { webhook_url: webhookUrl(deps, integration, provider) } : {}),
    ...(include.includes('credentials') ? { credentials: integrationCredentials(integration, extras, provider) } : {}),
    ...(include.includes('allowed_hosts') ? { allowed_hosts: integration.allowedHosts } : {}),
    forward_webhooks: extras.forwardWebhooks,
    created_at: integration.createdAt,
    updated_at: integration.updatedAt,
  };
}

/** Only providers that route incoming webhooks have a receiving URL. */
function webhookUrl(deps: ApiDeps, integration: Integration, provider: Provider): string | null {
  if (!provider['webhook_routing_script']) return null;
  return `${deps.publicUrl}/webhook/${encodeURIComponent(deps.environmentName)}/${encodeURIComponent(integration.uniqueKey)}`;
}

/** Secrets in plain text for the OAuth-style modes, `null` for every mode with nothing to configure. */
function integrationCredentials(integration: Integration, extras: IntegrationExtras, provider: Provider) {
  const mode = provider.auth_mode;
  if (mode === 'APP' || mode === 'CUSTOM') {
    const app = { app_id: integration.appId ?? '', app_link: integration.appLink ?? '', private_key: integration.appPrivateKey ?? '' };
    return mode === 'APP'
      ? { type: mode, ...app }
      : { type: mode, client_id: integration.oauthClientId ?? '', client_secret: integration.oauthClientSecret ?? '', ...app };
  }
  if (mode !== 'OAUTH1' && mode !== 'OAUTH2' && mode !== 'TBA') return null;
  return {
    type: mode,
    client_id: integration.oauthClientId ?? '',
    client_secret: integration.oauthClientSecret ?? '',
    scopes: integration.oauthScopes.length > 0 ? integration.oauthScopes.join(',') : null,
    webhook_secret: extras.webhookSecret,
  };
}
