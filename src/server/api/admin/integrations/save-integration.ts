import type { ApiDeps } from '../../deps';
import { apiError } from '../../http/api-error';
import type { Integration, IntegrationInput } from '../../store/store';
import type { AdminStore } from '../store/admin-store';
import { applyCredentials, assertCredentialsFit, mergeConfig, nextExtras } from './integration-rules';
import type { CreateIntegrationBody, UpdateIntegrationBody } from './integration-schemas';

const detail = (message: string, path: string) => [{ code: 'invalid_string', message, path: [path] }];

/** Nango's business rules for a new integration, in its order; returns the stored integration. */
export function createIntegration(deps: ApiDeps, admin: AdminStore, body: CreateIntegrationBody): Integration {
  const provider = deps.catalogue.get(body.provider);
  if (!provider) throw apiError(400, 'invalid_body', undefined, detail('Invalid provider', 'provider'));
  assertCredentialsFit(provider, body.credentials, { isCreation: true });
  // The camelCase path is Nango's.
  if (deps.store.getIntegration(body.unique_key)) throw apiError(400, 'invalid_body', undefined, detail('Unique key already exists', 'uniqueKey'));
  const custom = mergeConfig(provider, {}, body.integration_config, body.custom);
  const blank: IntegrationInput = {
    uniqueKey: body.unique_key, provider: body.provider, displayName: body.display_name ?? null,
    oauthClientId: null, oauthClientSecret: null, oauthScopes: [], allowedHosts: body.allowed_hosts ?? null,
    appId: null, appLink: null, appPrivateKey: null,
  };
  return save(deps, admin, applyCredentials(blank, body.credentials), {
    forwardWebhooks: body.forward_webhooks, credentials: body.credentials, custom,
  });
}

/** Partial update; a rename is refused onto a used key or while connections exist. */
export function updateIntegration(deps: ApiDeps, admin: AdminStore, uniqueKey: string, body: UpdateIntegrationBody): Integration {
  const existing = deps.store.getIntegration(uniqueKey);
  if (!existing) throw apiError(404, 'not_found', `Integration "${uniqueKey}" does not exist`);
  const provider = deps.catalogue.get(existing.provider);
  if (!provider) throw apiError(500, 'server_error', `Integration "${uniqueKey}" uses an unknown provider`);
  assertCredentialsFit(provider, body.credentials, { isCreation: false });
  const newKey = body.unique_key ?? uniqueKey;
  if (newKey !== uniqueKey) assertRenamable(deps, admin, uniqueKey, newKey);
  const custom = mergeConfig(provider, admin.getExtras(uniqueKey).custom, body.integration_config, body.custom);
  const input: IntegrationInput = {
    ...existing, uniqueKey: newKey, displayName: body.display_name ?? existing.displayName,
    allowedHosts: body.allowed_hosts === undefined ? existing.allowedHosts : body.allowed_hosts,
  };
  // One transaction: a failure while saving must not leave the integration renamed but unsaved.
  return deps.store.database.transaction(() => {
    if (newKey !== uniqueKey) admin.renameIntegration(uniqueKey, newKey, deps.now().toISOString());
    return save(deps, admin, applyCredentials(input, body.credentials), {
      forwardWebhooks: body.forward_webhooks, credentials: body.credentials, custom,
    });
  })();
}

function assertRenamable(deps: ApiDeps, admin: AdminStore, from: string, to: string): void {
  if (deps.store.getIntegration(to)) throw apiError(400, 'invalid_body', 'uniqueKey is already used by another integration');
  if (admin.countConnectionsOf(from) > 0) throw apiError(400, 'invalid_body', "Can't rename an integration with active connections");
}

function save(deps: ApiDeps, admin: AdminStore, input: IntegrationInput, change: Parameters<typeof nextExtras>[1]): Integration {
  deps.store.upsertIntegration(input, deps.now().toISOString());
  admin.setExtras(input.uniqueKey, nextExtras(admin.getExtras(input.uniqueKey), change));
  const saved = deps.store.getIntegration(input.uniqueKey);
  if (!saved) throw apiError(500, 'server_error', 'Failed to save the integration');
  return saved;
}
