import { tabIds, type TabId, type TabsModel } from '../models/tabs-model';
import { strings } from '../strings';

export const tabId = (id: TabId) => `pbc-tab-${id}`;
export const panelId = (id: TabId) => `pbc-panel-${id}`;

/** WAI-ARIA tabs with automatic activation: one tab stop, arrows/Home/End move and select. */
export function TabBar({ tabs }: { tabs: TabsModel }) {
  const active = tabs.active.value;
  const onKeyDown = (event: KeyboardEvent, id: TabId) => {
    const next = tabs.move(id, event.key);
    if (next === null) return;
    event.preventDefault();
    document.getElementById(tabId(next))?.focus();
  };
  return (
    <div role="tablist" aria-label={strings.tabs.label} class="pbc-tabs">
      {tabIds.map((id) => (
        <button
          key={id}
          id={tabId(id)}
          type="button"
          role="tab"
          class="pbc-tab"
          aria-selected={id === active}
          aria-controls={panelId(id)}
          tabIndex={id === active ? 0 : -1}
          onClick={() => tabs.select(id)}
          onKeyDown={(event) => onKeyDown(event, id)}
        >
          {strings.tabs[id]}
        </button>
      ))}
    </div>
  );
}
