import { computed, signal, type ReadonlySignal } from '@preact/signals-core';
import type { Integration } from '../../contract/connect';

export interface ListModel {
  query: ReadonlySignal<string>;
  /** Every integration the query matches, in list order; the list screen renders only a window of them. */
  matches: ReadonlySignal<Integration[]>;
  setQuery: (query: string) => void;
}

export { displayNameOf } from './display-name';
import { displayNameOf } from './display-name';

// Plain ASCII needs no Unicode normalisation: most names skip the costly part.
const isAscii = (text: string) => !/[^\u0000-\u007f]/.test(text);

/** Case- and accent-insensitive form of a name or a query. */
const fold = (text: string) => (isAscii(text) ? text : text.normalize('NFD').replace(/\p{M}/gu, '')).toLowerCase();

const wordsOf = (query: string) => fold(query).split(/\s+/).filter(Boolean);

export interface SearchIndex {
  /** Positions (in list order) whose text contains every word; only `among` when given. */
  search: (words: readonly string[], among?: readonly number[]) => number[];
}

/** Folded texts, one per integration, searched by position: a key allocates one array of numbers. */
export function searchIndex(texts: readonly string[]): SearchIndex {
  const matches = (position: number, words: readonly string[]) => {
    const text = texts[position] ?? '';
    for (const word of words) if (!text.includes(word)) return false;
    return true;
  };
  return {
    search: (words, among) => {
      const found: number[] = [];
      if (among) {
        for (const position of among) if (matches(position, words)) found.push(position);
      } else {
        for (let position = 0; position < texts.length; position++) if (matches(position, words)) found.push(position);
      }
      return found;
    },
  };
}

/**
 * Search over display name, integration key and provider key. Each text is folded once per list
 * of integrations, on the first search; a query that extends the previous one (the usual case
 * while typing) only looks again at what the previous one matched.
 */
export function createListModel(integrations: ReadonlySignal<Integration[]>): ListModel {
  const query = signal('');
  const index = computed(() =>
    searchIndex(integrations.value.map((item) => fold(`${displayNameOf(item)} ${item.unique_key} ${item.provider}`))),
  );
  let previous: { index: SearchIndex; folded: string; positions: number[] } | null = null;
  const matches = computed(() => {
    const items = integrations.value;
    const words = wordsOf(query.value);
    if (words.length === 0) {
      previous = null;
      return items;
    }
    const current = index.value;
    const folded = words.join(' ');
    // Every word of the longer query contains a word of the shorter one, so its matches are among them.
    const among = previous && previous.index === current && folded.startsWith(previous.folded) ? previous.positions : undefined;
    const positions = current.search(words, among);
    previous = { index: current, folded, positions };
    return positions.map((position) => items[position] as Integration);
  });
  return {
    query,
    matches,
    setQuery: (next) => {
      query.value = next;
    },
  };
}
