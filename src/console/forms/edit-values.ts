import type { AdminIntegration as Integration, AdminProvider as Provider } from '../../contract';
import type { IntegrationFormValues } from './integration-form';

/**
 * The form for an existing integration (read with `include=credentials`). A display name equal to
 * the provider's is the server's default, so the field stays empty and keeps following it.
 */
export function valuesForEdit(integration: Integration, provider: Provider | null): IntegrationFormValues {
  return {
    uniqueKey: integration.unique_key,
    displayName: integration.display_name === provider?.display_name ? '' : integration.display_name,
    clientId: integration.credentials?.client_id ?? '',
    clientSecret: integration.credentials?.client_secret ?? '',
    scopes: integration.credentials?.scopes ?? '',
    allowedHosts: (integration.allowed_hosts ?? []).join(', '),
    appId: integration.credentials?.app_id ?? '',
    appLink: integration.credentials?.app_link ?? '',
    privateKey: integration.credentials?.private_key ?? '',
  };
}
