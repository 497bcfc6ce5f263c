import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { AdminClient } from '../api/admin-client';
import type { AdminProvider as Provider } from '../../contract';
import { createTask, type Task } from './task';

export interface CatalogueModel {
  providers: ReadonlySignal<Provider[]>;
  byName: ReadonlySignal<Map<string, Provider>>;
  query: ReadonlySignal<string>;
  matches: ReadonlySignal<Provider[]>;
  /** Only the server's built-in test providers: no real catalogue was loaded (see `catalogueHint`). */
  isBuiltInOnly: ReadonlySignal<boolean>;
  task: Task;
  setQuery(query: string): void;
  /** Loads once; later calls reuse the list (the catalogue does not change while the server runs). */
  load(): Promise<void>;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The providers of `GET /providers`, searchable by name, key, auth mode and category. */
export function createCatalogueModel(client: Pick<AdminClient, 'listProviders'>): CatalogueModel {
  const providers = signal<Provider[]>([]);
  const query = signal('');
  const task = createTask();
  const index = computed(() =>
    providers.value.map((provider) => ({
      provider,
      text: fold(`${provider.display_name} ${provider.name} ${provider.auth_mode} ${(provider.categories ?? []).join(' ')}`),
    })),
  );
  return {
    providers,
    byName: computed(() => new Map(providers.value.map((provider) => [provider.name, provider]))),
    query,
    matches: computed(() => {
      const words = fold(query.value).split(/\s+/).filter(Boolean);
      return index.value.filter(({ text }) => words.every((word) => text.includes(word))).map(({ provider }) => provider);
    }),
    isBuiltInOnly: computed(() => providers.value.length > 0 && providers.value.every((provider) => provider.name.startsWith('test-'))),
    task,
    setQuery: (next) => {
      query.value = next;
    },
    async load() {
      if (providers.value.length > 0) return;
      const result = await task.run(() => client.listProviders());
      if (result.ok) providers.value = result.value;
    },
  };
}
