import { randomUUID } from 'node:crypto';
import type { WebSocket } from 'ws';

/** The WebSocket messages of Nango's OAuth flow that carry an OAuth outcome to the widget. */
export type WsOutcomeMessage =
  | { message_type: 'success'; provider_config_key: string; connection_id: string; is_pending: boolean }
  | { message_type: 'error'; provider_config_key?: string; connection_id?: string; error_type: string; error_desc: string };

export interface WsHub {
  /** Sends to one client; returns false when that client is not (or no longer) connected. */
  publish(wsClientId: string, message: WsOutcomeMessage): boolean;
}

export interface SocketWsHub extends WsHub {
  /** Registers a new socket and sends it its `connection_ack`. */
  accept(socket: WebSocket): void;
  closeAll(): void;
}

export function createWsHub(): SocketWsHub {
  const clients = new Map<string, WebSocket>();
  return {
    accept(socket) {
      const wsClientId = randomUUID();
      clients.set(wsClientId, socket);
      socket.on('close', () => clients.delete(wsClientId));
      socket.on('error', () => clients.delete(wsClientId));
      socket.send(JSON.stringify({ message_type: 'connection_ack', ws_client_id: wsClientId }));
    },
    publish(wsClientId, message) {
      const socket = clients.get(wsClientId);
      if (!socket || socket.readyState !== socket.OPEN) return false;
      socket.send(JSON.stringify(message));
      return true;
    },
    closeAll() {
      for (const socket of clients.values()) socket.terminate();
      clients.clear();
    },
  };
}
