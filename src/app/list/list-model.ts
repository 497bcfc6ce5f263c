import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Integration } from '../api/api-schemas';

export interface ListModel {
  query: ReadonlySignal<string>;
  matches: ReadonlySignal<Integration[]>;
  /** The rows rendered: thousands of integrations stay responsive because only a page is in the DOM. */
  shown: ReadonlySignal<Integration[]>;
  setQuery: (query: string) => void;
  showMore: () => void;
}

export const pageSize = 50;

export { displayNameOf } from './display-name';
import { displayNameOf } from './display-name';

/** Search over display name, integration key and provider key, case- and accent-insensitive. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function createListModel(integrations: ReadonlySignal<Integration[]>): ListModel {
  const query = signal('');
  const limit = signal(pageSize);
  const index = computed(() =>
    integrations.value.map((item) => ({ item, text: fold(`${displayNameOf(item)} ${item.unique_key} ${item.provider}`) })),
  );
  const matches = computed(() => {
    const words = fold(query.value).split(/\s+/).filter(Boolean);
    if (words.length === 0) return integrations.value;
    return index.value.filter(({ text }) => words.every((word) => text.includes(word))).map(({ item }) => item);
  });
  return {
    query,
    matches,
    shown: computed(() => matches.value.slice(0, limit.value)),
    setQuery: (next) => {
      query.value = next;
      limit.value = pageSize;
    },
    showMore: () => {
      limit.value += pageSize * 2;
    },
  };
}
