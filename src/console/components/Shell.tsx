import type { ConsoleModel } from '../models/console-model';
import type { TabId } from '../models/tabs-model';
import { strings } from '../strings';
import { ConfirmDialog } from './ConfirmDialog';
import { ConnectionsTab } from './ConnectionsTab';
import { EnvironmentButtons, EnvironmentKeyForm } from './EnvironmentSwitcher';
import { EnvironmentTab } from './EnvironmentTab';
import { IntegrationEditor } from './IntegrationEditor';
import { IntegrationsTab } from './IntegrationsTab';
import { TabBar, panelId, tabId } from './TabBar';

function Panel({ model, id }: { model: ConsoleModel; id: TabId }) {
  switch (id) {
    case 'integrations':
      return <IntegrationsTab model={model} />;
    case 'connections':
      return <ConnectionsTab model={model} />;
    case 'environment':
      return <EnvironmentTab model={model} />;
    default: {
      const unreachable: never = id;
      return unreachable;
    }
  }
}

/** The signed-in console: header, tabs, the active panel, and the dialogs. */
export function Shell({ model }: { model: ConsoleModel }) {
  const active = model.tabs.active.value;
  const environment = model.session.environment.value;
  return (
    <div class="pbc-shell">
      <header class="pbc-topbar">
        <h1 class="pbc-brand">{strings.app.title}</h1>
        {environment && <span class="pbc-badge">{strings.app.environment(environment.name)}</span>}
        {environment && <EnvironmentButtons switcher={model.switcher} active={environment.name} />}
        <button type="button" class="pbc-button pbc-button-small" onClick={model.signOut}>
          {strings.app.signOut}
        </button>
      </header>
      <EnvironmentKeyForm switcher={model.switcher} session={model.session} />
      <TabBar tabs={model.tabs} />
      <main class="pbc-main">
        <div id={panelId(active)} role="tabpanel" aria-labelledby={tabId(active)} class="pbc-panel">
          <Panel model={model} id={active} />
        </div>
      </main>
      <IntegrationEditor model={model} />
      <ConfirmDialog model={model.confirm} />
    </div>
  );
}
