import { signal, type ReadonlySignal } from '@preact/signals';

export const tabIds = ['integrations', 'connections', 'environment'] as const;
export type TabId = (typeof tabIds)[number];

export interface TabsModel {
  active: ReadonlySignal<TabId>;
  select(id: TabId): void;
  /** Arrow keys, Home and End move between tabs (WAI-ARIA tabs pattern); returns the new tab. */
  move(from: TabId, key: string): TabId | null;
}

/** The console's three tabs; `onSelect` loads the tab's data each time it is shown. */
export function createTabsModel(onSelect: (id: TabId) => void): TabsModel {
  const active = signal<TabId>('integrations');
  const select = (id: TabId) => {
    active.value = id;
    onSelect(id);
  };
  return {
    active,
    select,
    move(from, key) {
      const index = tabIds.indexOf(from);
      const last = tabIds.length - 1;
      const target = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[key];
      const id = target === undefined ? undefined : tabIds[target];
      if (id === undefined) return null;
      select(id);
      return id;
    },
  };
}
