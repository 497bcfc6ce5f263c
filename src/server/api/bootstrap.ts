import { randomUUID } from 'node:crypto';
import type { ApiConfig } from './config';
import type { CredentialCipher } from './crypto/credential-cipher';
import { defaultIntegrations } from './config';
import type { ProviderCatalogue } from './providers/catalogue';
import {
  defaultConnectUiSettings, readWebhookSettings, writeConnectUiSettings, writeWebhookSettings,
} from './store/environment-settings';
import type { Store } from './store/store';

/**
 * The secret key: option, else env, else the one generated on a previous start, else a new one.
 * A generated key is kept encrypted, like credentials: a copy of the database alone reveals nothing.
 */
export function resolveSecretKey(
  store: Store,
  cipher: CredentialCipher,
  explicit: string | undefined,
): { secretKey: string; isGenerated: boolean } {
  const given = explicit ?? process.env['PLUGBOARD_SECRET_KEY'];
  if (given) return { secretKey: given, isGenerated: false };
  const sealed = store.getSetting('dev_secret_key_sealed');
  if (sealed) return { secretKey: cipher.decrypt(Buffer.from(sealed, 'base64')), isGenerated: true };
  const secretKey = randomUUID();
  store.setSetting('dev_secret_key_sealed', cipher.encrypt(secretKey).toString('base64'));
  return { secretKey, isGenerated: true };
}

/** Writes the config's integrations and settings into the database; the file wins over old values. */
export function seedFromConfig(store: Store, catalogue: ProviderCatalogue, config: ApiConfig, now: string): void {
  const integrations = config.integrations ?? defaultIntegrations;
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
