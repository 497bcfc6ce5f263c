import { parseSocketMessage, type SocketResult } from './socket-messages';

/** The parts of a browser `WebSocket` the flow uses; the real constructor fits, so does a scripted peer. */
export interface WebSocketLike {
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'close' | 'error', listener: () => void): void;
  close(): void;
}
export type WebSocketConstructor = new (url: string) => WebSocketLike;

export interface SocketLinkOptions {
  url: string;
  WebSocket: WebSocketConstructor;
  onAck: (wsClientId: string) => void;
  onResult: (message: SocketResult) => void;
  /** The socket closed (or never opened) before a result: reported once. */
  onLost: () => void;
}

export interface SocketLink {
  close: () => void;
}

/**
 * One WebSocket to the API for one OAuth flow: the first `connection_ack` gives the client id, the
 * first `success` or `error` is the result. Afterwards, and after `close()`, nothing is reported.
 */
export function openSocketLink({ url, WebSocket, onAck, onResult, onLost }: SocketLinkOptions): SocketLink {
  let isOver = false;
  let hasAck = false;
  let socket: WebSocketLike | null = null;

  const end = () => {
    isOver = true;
    socket?.close();
  };
  const lose = () => {
    if (isOver) return;
    end();
    onLost();
  };
  const receive = (data: unknown) => {
    const message = isOver ? null : parseSocketMessage(data);
    if (!message) return;
    if (message.message_type === 'connection_ack') {
      if (!hasAck) onAck(message.ws_client_id);
      hasAck = true;
      return;
    }
    end();
    onResult(message);
  };

  try {
    socket = new WebSocket(url);
    socket.addEventListener('message', (event) => receive(event.data));
    socket.addEventListener('close', lose);
    socket.addEventListener('error', lose);
  } catch {
    // An invalid URL or a CSP refusal may throw at once; report it like a lost socket, but later,
    // so the caller always gets its link back before any callback runs.
    queueMicrotask(lose);
  }
  return { close: end };
}
