import { randomBytes, randomUUID } from 'node:crypto';
import type { ApiConfig } from './config';
import { defaultIntegrations } from './config';
import type { ProviderCatalogue } from './providers/catalogue';
import {
  defaultConnectUiSettings, readWebhookSettings, writeConnectUiSettings, writeEnvironmentVariables, writeWebhookSettings,
} from './store/environment-settings';
import { sealedSettings } from './store/migrate-sealed';
import type { Store } from './store/store';

/**
 * The secret key: option, else env, else the one generated on a previous start, else a new one.
 * A generated key is kept encrypted, like credentials: a copy of the database alone reveals nothing.
 */
export function resolveSecretKey(store: Store, explicit: string | undefined): { secretKey: string; isGenerated: boolean } {
  const given = explicit ?? process.env['PLUGBOARD_SECRET_KEY'];
  if (given) return { secretKey: given, isGenerated: false };
  const stored = store.getSealedSetting(sealedSettings.generatedSecretKey);
  if (stored) return { secretKey: stored, isGenerated: true };
  const secretKey = randomUUID();
  store.setSealedSetting(sealedSettings.generatedSecretKey, secretKey);
  return { secretKey, isGenerated: true };
}

/**
 * The key webhooks are signed with when none is configured: its own random key, generated on the
 * first start and kept sealed. Never the secret key, which webhook receivers must not hold.
 */
export function resolveSigningKey(store: Store, configured: string | undefined): string {
  if (configured) return configured;
  const stored = store.getSealedSetting(sealedSettings.generatedSigningKey);
  if (stored) return stored;
  const signingKey = randomBytes(32).toString('hex');
  store.setSealedSetting(sealedSettings.generatedSigningKey, signingKey);
  return signingKey;
}

/**
 * Writes the config's integrations and settings into the database; the file wins over old values.
 * Without integrations in the file, the demo ones are written when `seedDemo` (development, new
 * data directory) and never again, so console edits to them survive restarts.
 */
export function seedFromConfig(store: Store, catalogue: ProviderCatalogue, config: ApiConfig, now: string, { seedDemo }: { seedDemo: boolean }): void {
  const integrations = config.integrations ?? (seedDemo ? defaultIntegrations : []);
  integrations.forEach((integration, index) => {
    if (!catalogue.get(integration.provider)) {
      throw new Error(`Invalid config: integrations.${index}.provider: unknown provider "${integration.provider}"`);
    }
    store.upsertIntegration(
      {
        uniqueKey: integration.unique_key,
        provider: integration.provider,
        displayName: integration.display_name ?? null,
        oauthClientId: integration.oauth_client_id ?? null,
        oauthClientSecret: integration.oauth_client_secret ?? null,
        oauthScopes: integration.oauth_scopes ?? [],
        allowedHosts: integration.allowed_hosts ?? null,
      },
      now,
    );
  });
  seedSettings(store, config);
}

function seedSettings(store: Store, config: ApiConfig): void {
  const webhooks = config.webhooks;
  if (webhooks) {
    const current = readWebhookSettings(store);
    writeWebhookSettings(store, {
      primaryUrl: webhooks.url === undefined ? current.primaryUrl : webhooks.url,
      secondaryUrl: webhooks.secondary_url === undefined ? current.secondaryUrl : webhooks.secondary_url,
      sendCreationWebhooks: webhooks.on_auth_creation ?? current.sendCreationWebhooks,
      sendRefreshErrorWebhooks: webhooks.on_auth_refresh_error ?? current.sendRefreshErrorWebhooks,
    });
  }
  if (config.environment_variables) {
    writeEnvironmentVariables(store, Object.entries(config.environment_variables).map(([name, value]) => ({ name, value })));
  }
  const ui = config.connect_ui;
  if (ui) {
    writeConnectUiSettings(store, {
      theme: {
        light: { primary: ui.primary_light ?? defaultConnectUiSettings.theme.light.primary },
        dark: { primary: ui.primary_dark ?? defaultConnectUiSettings.theme.dark.primary },
      },
      defaultTheme: ui.default_theme ?? defaultConnectUiSettings.defaultTheme,
      showWatermark: ui.show_watermark ?? defaultConnectUiSettings.showWatermark,
    });
  }
}
