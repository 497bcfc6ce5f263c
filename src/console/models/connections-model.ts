import { signal, type ReadonlySignal } from '@preact/signals';
import type { AdminClient } from '../api/admin-client';
import type { Result } from '../api/result';
import type { Connection, ConnectionDetail } from '../../contract';
import { strings } from '../strings';
import { createTask, type Task } from './task';

export interface ConnectionsModel {
  list: ReadonlySignal<Connection[]>;
  hasLoaded: ReadonlySignal<boolean>;
  /** Full objects fetched on demand, by `rowKey`: credentials leave the server only when asked for. */
  revealed: ReadonlySignal<ReadonlyMap<string, ConnectionDetail>>;
  task: Task;
  load(): Promise<void>;
  toggleCredentials(connection: Connection): Promise<void>;
  /** Errors are the caller's to show (the confirmation dialog); success is announced here. */
  remove(connection: Connection): Promise<Result<unknown>>;
}

/** One connection is one (integration, connection id) pair: the id alone may repeat. */
export const rowKey = (connection: Pick<Connection, 'provider_config_key' | 'connection_id'>): string =>
  `${connection.provider_config_key}\u0000${connection.connection_id}`;

type Client = Pick<AdminClient, 'listConnections' | 'getConnection' | 'deleteConnection'>;

export function createConnectionsModel(client: Client): ConnectionsModel {
  const list = signal<Connection[]>([]);
  const hasLoaded = signal(false);
  const revealed = signal<ReadonlyMap<string, ConnectionDetail>>(new Map());
  const task = createTask();
  const withRevealed = (change: (map: Map<string, ConnectionDetail>) => void) => {
    const next = new Map(revealed.value);
    change(next);
    revealed.value = next;
  };

  return {
    list, hasLoaded, revealed, task,
    async load() {
      const result = await task.run(() => client.listConnections());
      if (!result.ok) return;
      list.value = result.value;
      hasLoaded.value = true;
      // Drop what was revealed for rows that are gone; a reload also re-masks updated credentials.
      revealed.value = new Map();
    },
    async toggleCredentials(connection) {
      const key = rowKey(connection);
      if (revealed.value.has(key)) return withRevealed((map) => map.delete(key));
      const result = await task.run(() => client.getConnection(connection), { isAction: true });
      if (result.ok) withRevealed((map) => map.set(key, result.value));
    },
    async remove(connection) {
      const result = await client.deleteConnection(connection);
      if (!result.ok) return result;
      list.value = list.value.filter((item) => rowKey(item) !== rowKey(connection));
      withRevealed((map) => map.delete(rowKey(connection)));
      task.announce(strings.connections.deleted);
      return result;
    },
  };
}
