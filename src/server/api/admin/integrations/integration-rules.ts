import { apiError } from '../../http/api-error';
import type { Provider } from '../../providers/provider';
import type { IntegrationInput } from '../../store/store';
import type { IntegrationExtras } from '../store/admin-store';
import type { IntegrationCredentials } from './integration-schemas';

/** Modes whose integrations cannot exist without an app registered at the provider. */
const modesNeedingCredentials = new Set(['OAUTH1', 'OAUTH2', 'APP', 'CUSTOM']);

const invalidBody = (message: string) => apiError(400, 'invalid_body', message);

export function assertCredentialsFit(provider: Provider, credentials: IntegrationCredentials | undefined, { isCreation }: { isCreation: boolean }): void {
  if (credentials === undefined) {
    if (isCreation && modesNeedingCredentials.has(provider.auth_mode)) throw invalidBody('Missing credentials');
    return;
  }
  if (credentials.type !== provider.auth_mode) throw invalidBody('incompatible credentials auth type and provider auth');
}

/**
 * `integration_config` only for providers that declare it (undeclared keys refused),
 * `custom` only for providers that do not. Returns the values to keep, merged over `existing`.
 */
export function mergeConfig(
  provider: Provider,
  existing: Record<string, string>,
  integrationConfig: Record<string, string> | undefined,
  custom: Record<string, string> | undefined,
): Record<string, string> {
  const declared = provider.integration_config;
  if (integrationConfig !== undefined) {
    if (!declared) throw invalidBody('This provider does not accept integration configuration');
    const unknown = Object.keys(integrationConfig).filter((name) => !(name in declared));
    if (unknown.length > 0) throw invalidBody(unknown.map((name) => `Unknown field ${name}`).join(', '));
  }
  if (custom !== undefined && declared) {
    throw invalidBody('This provider uses integration_config; set its values there instead of custom');
  }
  return { ...defaultsOf(provider), ...existing, ...integrationConfig, ...custom };
}

function defaultsOf(provider: Provider): Record<string, string> {
  const defaults: Record<string, string> = {};
  for (const [name, field] of Object.entries(provider.integration_config ?? {})) {
    if (field.default_value !== undefined) defaults[name] = field.default_value;
  }
  return defaults;
}

/** Credentials onto the stored integration: id, secret and scopes overwritten. */
export function applyCredentials(input: IntegrationInput, credentials: IntegrationCredentials | undefined): IntegrationInput {
  if (credentials === undefined) return input;
  if (credentials.type === 'APP' || credentials.type === 'CUSTOM') {
    const app = { appId: credentials.app_id, appLink: credentials.app_link, appPrivateKey: credentials.private_key };
    return credentials.type === 'APP'
      ? { ...input, ...app }
      : { ...input, ...app, oauthClientId: credentials.client_id, oauthClientSecret: credentials.client_secret };
  }
  const scopes = credentials.scopes ? credentials.scopes.split(',') : [];
  return { ...input, oauthClientId: credentials.client_id, oauthClientSecret: credentials.client_secret, oauthScopes: scopes };
}

/** A non-empty `webhook_secret` is stored, `''` deletes it, absence keeps it. */
export function nextWebhookSecret(current: string | null, credentials: IntegrationCredentials | undefined): string | null {
  if (credentials === undefined || !('webhook_secret' in credentials) || credentials.webhook_secret === undefined) return current;
  return credentials.webhook_secret === '' ? null : credentials.webhook_secret;
}

export function nextExtras(
  current: IntegrationExtras,
  change: { forwardWebhooks: boolean | undefined; credentials: IntegrationCredentials | undefined; custom: Record<string, string> },
): IntegrationExtras {
  return {
    forwardWebhooks: change.forwardWebhooks ?? current.forwardWebhooks,
    webhookSecret: nextWebhookSecret(current.webhookSecret, change.credentials),
    custom: change.custom,
  };
}
