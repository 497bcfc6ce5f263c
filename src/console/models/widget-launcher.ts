import type { AdminClient, JsonBody } from '../api/admin-client';
import type { Result } from '../api/result';
import type { Connection } from '../../contract';
import type { ConnectUIEvent, ConnectUIOptions } from '../../sdk';
import { strings } from '../strings';
import { createTask, type Task } from './task';

/** What the console needs of the SDK's `openConnectUI` (a fake in tests). */
export type OpenWidget = (options: ConnectUIOptions) => { setSessionToken(token: string): void; close(): void };

export interface ConnectedEvent {
  providerConfigKey: string;
  connectionId: string;
  isReconnect: boolean;
}

export interface LauncherDeps {
  client: Pick<AdminClient, 'createSession' | 'createReconnectSession'>;
  openWidget: OpenWidget;
  apiUrl: string;
  /** The widget's URL, from the environment (`connect_ui_url`). */
  connectUiUrl: () => string | null;
  onConnected: (event: ConnectedEvent) => void;
}

export interface WidgetLauncher {
  /** "Add connection", on the Integrations tab. */
  addTask: Task;
  /** "Reconnect", on the Connections tab. */
  reconnectTask: Task;
  addConnection(integrationKey: string): Promise<void>;
  reconnect(connection: Connection): Promise<void>;
}

/** The test end user of every connection made from the console. */
export const consoleEndUser = { id: 'plugboard-console', display_name: 'Console test' };

/**
 * "Add connection" and "Reconnect": open the widget through our own SDK at once (its loader shows),
 * create the session with the secret key, then hand the widget only the session token.
 */
export function createWidgetLauncher({ client, openWidget, apiUrl, connectUiUrl, onConnected }: LauncherDeps): WidgetLauncher {
  const addTask = createTask();
  const reconnectTask = createTask();

  async function launch(create: () => Promise<Result<{ token: string }>>, isReconnect: boolean): Promise<void> {
    const task = isReconnect ? reconnectTask : addTask;
    const baseURL = connectUiUrl();
    if (!baseURL) return task.fail(strings.common.failure('the Connect UI URL is unknown'));
    const onEvent = (event: ConnectUIEvent) => {
      if (event.type === 'connect') onConnected({ ...event.payload, isReconnect: event.payload.isReconnect ?? isReconnect });
    };
    const widget = openWidget({ baseURL, apiURL: apiUrl, onEvent });
    const session = await task.run(create, { isAction: true });
    if (session.ok) widget.setSessionToken(session.value.token);
    else widget.close();
  }

  return {
    addTask,
    reconnectTask,
    addConnection: (integrationKey) => {
      const body: JsonBody = { end_user: consoleEndUser, allowed_integrations: [integrationKey] };
      return launch(() => client.createSession(body), false);
    },
    reconnect: (connection) => {
      const body: JsonBody = { connection_id: connection.connection_id, integration_id: connection.provider_config_key };
      return launch(() => client.createReconnectSession(body), true);
    },
  };
}
