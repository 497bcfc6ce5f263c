import type { ConsoleModel } from '../models/console-model';
import { rowKey } from '../models/connections-model';
import { strings } from '../strings';
import { ConnectionRow } from './ConnectionRow';
import { StatusLine } from './StatusLine';

const columns = strings.connections.columns;

/** The Connections tab: every connection, credentials on demand, reconnect and delete. */
export function ConnectionsTab({ model }: { model: ConsoleModel }) {
  const { connections, launcher } = model;
  const list = connections.list.value;
  return (
    <section class="pbc-section" aria-labelledby="pbc-connections-heading">
      <div class="pbc-section-head">
        <div>
          <h2 id="pbc-connections-heading" class="pbc-heading">
            {strings.connections.heading}
          </h2>
          <p class="pbc-muted">{strings.connections.lead}</p>
        </div>
        <button type="button" class="pbc-button" onClick={() => void connections.load()}>
          {strings.common.refresh}
        </button>
      </div>
      <StatusLine task={connections.task} />
      <StatusLine task={launcher.reconnectTask} busyText={strings.integrations.opening} />
      {connections.hasLoaded.value && list.length === 0 && <p class="pbc-empty">{strings.connections.empty}</p>}
      {list.length > 0 && (
        <table class="pbc-table">
          <thead>
            <tr>
              <th scope="col">{columns.endUser}</th>
              <th scope="col">{columns.integration}</th>
              <th scope="col">{columns.authMode}</th>
              <th scope="col">{columns.created}</th>
              <th scope="col">{columns.id}</th>
              <th scope="col">
                <span class="pbc-visually-hidden">{columns.actions}</span>
              </th>
            </tr>
          </thead>
          {list.map((connection) => (
            <ConnectionRow key={rowKey(connection)} connection={connection} model={model} />
          ))}
        </table>
      )}
    </section>
  );
}
