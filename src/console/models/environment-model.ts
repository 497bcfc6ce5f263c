import { signal, type ReadonlySignal } from '@preact/signals';
import type { AdminClient } from '../api/admin-client';
import type { Result } from '../api/result';
import type { Delivery } from '../../contract';
import { strings } from '../strings';
import type { SessionModel } from './session-model';
import { createTask, type Task } from './task';

export interface EnvironmentModel {
  deliveries: ReadonlySignal<Delivery[]>;
  hasLoadedDeliveries: ReadonlySignal<boolean>;
  /** Saving the URL, the switches and the signing key. */
  settingsTask: Task;
  /** Rotating the signing key: its status shows in the signing key's card. */
  signingKeyTask: Task;
  deliveriesTask: Task;
  urlError: ReadonlySignal<string | null>;
  saveWebhookUrl(url: string): Promise<void>;
  setSwitch(name: 'on_auth_creation' | 'on_auth_refresh_error', isOn: boolean): Promise<void>;
  rotateSigningKey(): Promise<Result<unknown>>;
  loadDeliveries(): Promise<void>;
  resend(id: number): Promise<void>;
}

type Client = Pick<AdminClient, 'updateWebhookSettings' | 'rotateSigningKey' | 'listDeliveries' | 'resendDelivery'>;

function isWebhookUrl(text: string): boolean {
  if (text === '') return true;
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/** Environment settings: the webhook URL and switches, the signing key, the last deliveries. */
export function createEnvironmentModel(client: Client, session: SessionModel): EnvironmentModel {
  const deliveries = signal<Delivery[]>([]);
  const hasLoadedDeliveries = signal(false);
  const urlError = signal<string | null>(null);
  const settingsTask = createTask();
  const signingKeyTask = createTask();
  const deliveriesTask = createTask();
  const saveSettings = async (body: Record<string, unknown>) => {
    const result = await settingsTask.run(() => client.updateWebhookSettings(body), { notice: () => strings.environment.saved });
    if (result.ok) await session.refresh();
  };
  async function loadDeliveries() {
    const result = await deliveriesTask.run(() => client.listDeliveries());
    if (!result.ok) return;
    deliveries.value = result.value;
    hasLoadedDeliveries.value = true;
  }

  return {
    deliveries, hasLoadedDeliveries, settingsTask, signingKeyTask, deliveriesTask, urlError, loadDeliveries,
    async saveWebhookUrl(url) {
      const trimmed = url.trim();
      urlError.value = isWebhookUrl(trimmed) ? null : strings.environment.webhookUrlInvalid;
      if (urlError.value === null) await saveSettings({ primary_url: trimmed });
    },
    setSwitch: (name, isOn) => saveSettings({ [name]: isOn }),
    async rotateSigningKey() {
      const result = await client.rotateSigningKey();
      if (!result.ok) return result;
      await session.refresh();
      signingKeyTask.announce(strings.environment.rotated);
      return result;
    },
    async resend(id) {
      const result = await deliveriesTask.run(() => client.resendDelivery(id), { isAction: true });
      if (!result.ok) return;
      await loadDeliveries();
      deliveriesTask.announce(strings.environment.resent);
    },
  };
}
