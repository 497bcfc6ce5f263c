import { describe, expect, it, vi } from 'vitest';
import type { ConnectUIOptions } from '../../sdk';
import { fails, ok } from '../test/results';
import { consoleEndUser, createWidgetLauncher, type LauncherDeps } from './widget-launcher';

const session = { token: 'nango_connect_session_abc', connect_link: 'http://ui.test/?session_token=x', expires_at: '' };

function setup(createSession: LauncherDeps['client']['createSession'] = () => ok(session)) {
  const widget = { setSessionToken: vi.fn(), close: vi.fn() };
  const opened: ConnectUIOptions[] = [];
  const onConnected = vi.fn();
  const client = { createSession: vi.fn(createSession), createReconnectSession: vi.fn(() => ok(session)) };
  const launcher = createWidgetLauncher({
    client,
    openWidget: (options) => {
      opened.push(options);
      return widget;
    },
    apiUrl: 'http://api.test',
    connectUiUrl: () => 'http://ui.test/',
    onConnected,
  });
  return { launcher, widget, opened, onConnected, client };
}

describe('createWidgetLauncher', () => {
  it('opens the widget first, then hands it only the session token of a session restricted to the integration', async () => {
    const { launcher, widget, opened, client } = setup();
    await launcher.addConnection('crm');
    expect(opened).toEqual([{ baseURL: 'http://ui.test/', apiURL: 'http://api.test', onEvent: expect.any(Function) }]);
    expect(client.createSession).toHaveBeenCalledWith({ end_user: consoleEndUser, allowed_integrations: ['crm'] });
    expect(widget.setSessionToken).toHaveBeenCalledWith(session.token);
  });

  it('reports a connect event, and marks reconnects as such', async () => {
    const { launcher, opened, onConnected, client } = setup();
    await launcher.reconnect({ id: 1, connection_id: 'c1', provider_config_key: 'crm', provider: 'p', created: '' });
    expect(client.createReconnectSession).toHaveBeenCalledWith({ connection_id: 'c1', integration_id: 'crm' });
    await opened[0]?.onEvent?.({ type: 'connect', payload: { providerConfigKey: 'crm', connectionId: 'c1' } });
    expect(onConnected).toHaveBeenCalledWith({ providerConfigKey: 'crm', connectionId: 'c1', isReconnect: true });
  });

  it('closes the widget and shows why when the session cannot be created', async () => {
    const { launcher, widget } = setup(() => fails('Integration "crm" does not exist'));
    await launcher.addConnection('crm');
    expect(widget.close).toHaveBeenCalled();
    expect(widget.setSessionToken).not.toHaveBeenCalled();
    expect(launcher.addTask.error.value).toBe('Integration "crm" does not exist');
  });
});
