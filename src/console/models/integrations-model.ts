import { signal, type ReadonlySignal } from '@preact/signals';
import type { AdminClient } from '../api/admin-client';
import type { Result } from '../api/result';
import type { AdminIntegration as Integration } from '../../contract';
import { strings } from '../strings';
import { createTask, type Task } from './task';

export interface IntegrationsModel {
  list: ReadonlySignal<Integration[]>;
  hasLoaded: ReadonlySignal<boolean>;
  task: Task;
  load(): Promise<void>;
  /** Errors are the caller's to show (the confirmation dialog); success is announced here. */
  remove(uniqueKey: string): Promise<Result<unknown>>;
}

/** The Integrations tab's list and its delete action. */
export function createIntegrationsModel(client: Pick<AdminClient, 'listIntegrations' | 'deleteIntegration'>): IntegrationsModel {
  const list = signal<Integration[]>([]);
  const hasLoaded = signal(false);
  const task = createTask();
  async function load() {
    const result = await task.run(() => client.listIntegrations());
    if (!result.ok) return;
    list.value = result.value;
    hasLoaded.value = true;
  }
  return {
    list,
    hasLoaded,
    task,
    load,
    async remove(uniqueKey) {
      const result = await client.deleteIntegration(uniqueKey);
      if (!result.ok) return result;
      list.value = list.value.filter((integration) => integration.unique_key !== uniqueKey);
      task.announce(strings.integrations.deleted(uniqueKey));
      return result;
    },
  };
}
