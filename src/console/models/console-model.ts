import { createAdminClient } from '../api/admin-client';
import { strings } from '../strings';
import { createCatalogueModel } from './catalogue-model';
import { createConfirmModel } from './confirm-model';
import { createConfirmations } from './confirmations';
import { createConnectionsModel } from './connections-model';
import { createEditorModel } from './editor-model';
import { createEnvironmentModel } from './environment-model';
import { createEnvironmentSwitcher } from './environment-switcher';
import { createIntegrationsModel } from './integrations-model';
import { createSessionModel } from './session-model';
import { createTabsModel, type TabId } from './tabs-model';
import { linkTasks } from './task';
import { createWidgetLauncher, type ConnectedEvent, type OpenWidget } from './widget-launcher';

export interface ConsoleDeps {
  apiUrl: string;
  openWidget: OpenWidget;
  fetch?: typeof fetch;
}

/** The composition root: every model, wired once (style item 7). */
export function createConsole({ apiUrl, openWidget, fetch: send }: ConsoleDeps) {
  let getKey: () => string | null = () => null;
  const client = createAdminClient({ apiUrl, getSecretKey: () => getKey(), ...(send ? { fetch: send } : {}) });
  const session = createSessionModel((secretKey) => client.getEnvironment(secretKey));
  getKey = () => session.secretKey.value;
  const catalogue = createCatalogueModel(client);
  const integrations = createIntegrationsModel(client);
  const connections = createConnectionsModel(client);
  const environment = createEnvironmentModel(client, session);
  const editor = createEditorModel(client, catalogue, integrations);
  const loaders: Record<TabId, () => Promise<void>> = {
    integrations: async () => void (await Promise.all([integrations.load(), catalogue.load(), connections.load()])),
    connections: async () => void (await Promise.all([connections.load(), catalogue.load()])),
    environment: async () => void (await Promise.all([session.refresh(), environment.loadDeliveries()])),
  };
  const confirm = createConfirmModel();
  const ask = createConfirmations({ confirm, integrations, connections, environment });
  const tabs = createTabsModel((id) => {
    statuses.clearAll();
    void loaders[id]();
  });
  // Each status shows where its action was started: a reconnect on Connections, a new connection
  // on Integrations with a link to where it now is.
  const onConnected = (event: ConnectedEvent) => {
    void connections.load().then(() => {
      if (event.isReconnect) launcher.reconnectTask.announce(strings.connections.reconnected);
      else launcher.addTask.announce(strings.integrations.connected(event.providerConfigKey), { label: strings.integrations.seeInConnections, tab: 'connections' });
    });
  };
  const launcher = createWidgetLauncher({
    client, openWidget, apiUrl, connectUiUrl: () => session.environment.value?.connect_ui_url ?? null, onConnected,
  });

  // Another environment: nothing of the previous one stays on screen or half-done in a dialog.
  const switcher = createEnvironmentSwitcher(session, () => {
    confirm.cancel();
    editor.close();
    statuses.clearAll();
    tabs.select(tabs.active.value);
  });

  const statuses = linkTasks([
    integrations.task, connections.task, launcher.addTask, launcher.reconnectTask, editor.task,
    environment.settingsTask, environment.signingKeyTask, environment.deliveriesTask,
  ]);

  return {
    /** This server's API, which serves the console. */
    apiUrl,
    session, switcher, tabs, confirm, ask, catalogue, integrations, connections, environment, editor, launcher,
    async signIn(key: string) {
      if (await session.signIn(key)) tabs.select(tabs.active.value);
    },
    signOut() {
      switcher.cancel();
      session.signOut();
      confirm.cancel();
      editor.close();
    },
  };
}

export type ConsoleModel = ReturnType<typeof createConsole>;
