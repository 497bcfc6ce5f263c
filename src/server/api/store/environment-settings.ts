import type { ConnectUiSettings, Store, WebhookSettings } from './store';
import { fromStoredJson } from './rows';

/** Environment-level settings kept in the `settings` table as JSON documents. */
export const defaultWebhookSettings: WebhookSettings = {
  primaryUrl: null,
  secondaryUrl: null,
  sendCreationWebhooks: true,
  sendRefreshErrorWebhooks: true,
};

export const defaultConnectUiSettings: ConnectUiSettings = {
  theme: { light: { primary: '#00B2E3' }, dark: { primary: '#00B2E3' } },
  defaultTheme: 'system',
  showWatermark: true,
};

export function readWebhookSettings(store: Store): WebhookSettings {
  const text = store.getSetting('webhook_settings');
  return text ? { ...defaultWebhookSettings, ...fromStoredJson<Partial<WebhookSettings>>(text) } : defaultWebhookSettings;
}

export function writeWebhookSettings(store: Store, settings: WebhookSettings): void {
  store.setSetting('webhook_settings', JSON.stringify(settings));
}

export function readConnectUiSettings(store: Store): ConnectUiSettings {
  const text = store.getSetting('connect_ui_settings');
  return text ? { ...defaultConnectUiSettings, ...fromStoredJson<Partial<ConnectUiSettings>>(text) } : defaultConnectUiSettings;
}

export function writeConnectUiSettings(store: Store, settings: ConnectUiSettings): void {
  store.setSetting('connect_ui_settings', JSON.stringify(settings));
}

/** Environment variables may hold secrets: sealed at rest like keys. */
const environmentVariablesSetting = 'environment_variables_sealed';

export interface EnvironmentVariable {
  name: string;
  value: string;
}

export function readEnvironmentVariables(store: Store): EnvironmentVariable[] {
  const text = store.getSealedSetting(environmentVariablesSetting);
  return text ? fromStoredJson<EnvironmentVariable[]>(text) : [];
}

export function writeEnvironmentVariables(store: Store, variables: EnvironmentVariable[]): void {
  store.setSealedSetting(environmentVariablesSetting, JSON.stringify(variables));
}
