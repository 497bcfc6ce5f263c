import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import type { ApiConfig, IntegrationConfig } from './config';
import { defaultIntegrations } from './config';
import type { ProviderCatalogue } from './providers/catalogue';
import {
  defaultConnectUiSettings, readWebhookSettings, writeConnectUiSettings, writeEnvironmentVariables, writeWebhookSettings,
} from './store/environment-settings';
import { sealedSettings } from './store/migrate-sealed';
import type { Store } from './store/store';

/**
 * An environment's secret key (each environment resolves its own, in its own database): option,
 * else env, else the one generated on a previous start, else a new one.
 * A generated key is kept encrypted, like credentials: a copy of the database alone reveals nothing.
 */
export function resolveSecretKey(
  store: Store, explicit: string | undefined, envVariable: 'PLUGBOARD_SECRET_KEY' | 'PLUGBOARD_PROD_SECRET_KEY' = 'PLUGBOARD_SECRET_KEY',
): { secretKey: string; isGenerated: boolean } {
  const given = explicit ?? process.env[envVariable];
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
export function seedFromConfig(
  store: Store, catalogue: ProviderCatalogue, config: ApiConfig, now: string, { seedDemo, publicUrl }: { seedDemo: boolean; publicUrl: string },
): void {
  const integrations = config.integrations ?? (seedDemo ? [...defaultIntegrations, ...customAuthDemoIntegrations(publicUrl)] : []);
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
        appId: integration.app_id ?? null,
        appLink: integration.app_link ?? null,
        appPrivateKey: integration.app_private_key ?? null,
      },
      now,
    );
  });
  seedSettings(store, config);
}

let demoAppKey: string | undefined;

/**
 * The demo apps of the built-in APP and CUSTOM providers, registered at this server's test
 * provider. Their private key is generated on first use (never a key shipped in the source),
 * and sealed at rest like any other.
 */
export function customAuthDemoIntegrations(publicUrl: string): IntegrationConfig[] {
  demoAppKey ??= generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } }).privateKey;
  const appLink = (slug: string) => `${publicUrl}/_test-provider/apps/${slug}`;
  return [
    { unique_key: 'demo-app', provider: 'test-app', app_id: '1001', app_link: appLink('plugboard-demo'), app_private_key: demoAppKey },
    {
      unique_key: 'demo-custom', provider: 'test-custom', app_id: '1002', app_link: appLink('plugboard-demo-oauth'), app_private_key: demoAppKey,
      oauth_client_id: 'plugboard-demo-custom', oauth_client_secret: 'plugboard-demo-custom-secret',
    },
    { unique_key: 'demo-oauth1', provider: 'test-oauth1', oauth_client_id: 'plugboard-demo-oauth1', oauth_client_secret: 'plugboard-demo-oauth1-secret' },
  ];
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
