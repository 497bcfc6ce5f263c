import type { Connection } from '../../contract';
import type { ConsoleModel } from '../models/console-model';
import { rowKey } from '../models/connections-model';
import { strings } from '../strings';
import { CredentialsPanel } from './CredentialsPanel';
import { formatDate } from './format-date';

/** One connection (its own `tbody`, so the credentials row stays with it). */
export function ConnectionRow({ connection, model }: { connection: Connection; model: ConsoleModel }) {
  const { connections, catalogue } = model;
  const detail = connections.revealed.value.get(rowKey(connection));
  const panelId = `pbc-credentials-${connection.id}`;
  const user = connection.end_user;
  return (
    <tbody>
      <tr>
        <td>
          {user ? (
            <span class="pbc-stack">
              <span>{user.display_name || user.id}</span>
              {user.email && <span class="pbc-muted">{user.email}</span>}
            </span>
          ) : (
            <span class="pbc-muted">{strings.connections.anonymous}</span>
          )}
        </td>
        <td>
          <code class="pbc-code">{connection.provider_config_key}</code>
        </td>
        <td>{catalogue.byName.value.get(connection.provider)?.auth_mode ?? ''}</td>
        <td>{formatDate(connection.created)}</td>
        <td>
          <code class="pbc-code pbc-id">{connection.connection_id}</code>
        </td>
        <td>
          <div class="pbc-row-actions">
            <button type="button" class="pbc-button pbc-button-small" aria-expanded={detail !== undefined} aria-controls={panelId} onClick={() => void connections.toggleCredentials(connection)}>
              {detail ? strings.connections.hideCredentials : strings.connections.showCredentials}
            </button>
            <button type="button" class="pbc-button pbc-button-small" onClick={() => void model.launcher.reconnect(connection)}>
              {strings.connections.reconnect}
            </button>
            <button type="button" class="pbc-button pbc-button-small pbc-button-danger" onClick={() => model.ask.deleteConnection(connection)}>
              {strings.common.delete}
            </button>
          </div>
        </td>
      </tr>
      {detail && (
        <tr id={panelId} class="pbc-detail-row">
          <td colSpan={6}>
            <CredentialsPanel detail={detail} />
          </td>
        </tr>
      )}
    </tbody>
  );
}
