import type { Connection } from '../../contract';
import { strings } from '../strings';
import type { ConfirmModel } from './confirm-model';
import type { ConnectionsModel } from './connections-model';
import type { EnvironmentModel } from './environment-model';
import type { IntegrationsModel } from './integrations-model';

export interface ConfirmationDeps {
  confirm: ConfirmModel;
  integrations: IntegrationsModel;
  connections: ConnectionsModel;
  environment: EnvironmentModel;
}

/** The destructive actions, each behind a confirmation that says what will be lost. */
export function createConfirmations({ confirm, integrations, connections, environment }: ConfirmationDeps) {
  return {
    deleteIntegration(uniqueKey: string) {
      const count = connections.list.value.filter((connection) => connection.provider_config_key === uniqueKey).length;
      const warning = count > 0 ? ` ${strings.integrations.deleteWithConnections(count)}` : '';
      confirm.ask({
        title: strings.integrations.deleteTitle(uniqueKey),
        body: `${strings.integrations.deleteBody}${warning}`,
        confirmLabel: strings.common.delete,
        action: async () => {
          const result = await integrations.remove(uniqueKey);
          // The server deleted its connections too.
          if (result.ok) void connections.load();
          return result;
        },
      });
    },
    deleteConnection(connection: Connection) {
      const user = connection.end_user?.display_name || connection.end_user?.id || strings.connections.anonymous;
      confirm.ask({
        title: strings.connections.deleteTitle,
        body: strings.connections.deleteBody(user, connection.provider_config_key),
        confirmLabel: strings.common.delete,
        action: () => connections.remove(connection),
      });
    },
    rotateSigningKey() {
      confirm.ask({
        title: strings.environment.rotateTitle,
        body: strings.environment.rotateBody,
        confirmLabel: strings.environment.rotate,
        action: () => environment.rotateSigningKey(),
      });
    },
  };
}

export type Confirmations = ReturnType<typeof createConfirmations>;
