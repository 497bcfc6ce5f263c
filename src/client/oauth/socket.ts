import type { ConnectionResult } from '../../protocol/messages';
import { socketMessageSchema, type SocketMessage, type SocketResult } from '../../contract/connect';
import { z } from '../../contract/zod';
import { failed, success, type Result } from '../failure';
import { errorTypeForOAuthCode, oauthFailure } from './oauth-failure';
import type { WebSocketConstructor, WebSocketLike } from './browser';

export type { WebSocketConstructor, WebSocketLike } from './browser';

// The OAuth flow's WebSocket: where it is, what it says, and its verdict as a result.

export type { SocketMessage, SocketResult };

/**
 * The WebSocket URL of the OAuth flow, as Nango's Connect UI computes it:
 * `apiURL`'s origin + its path prefix + the session's `websocketsPath` (default `/`). A real Nango
 * server resolves `websocketsPath` against the origin, so the Connect UI prepends the prefix
 * itself; we do the same, which keeps a reverse-proxy prefix (`https://x.example/nango` →
 * `wss://x.example/nango/`) and stays right for Plugboard's server, whose socket is at `/`.
 */
export function socketUrl(apiURL: string, websocketsPath: string | undefined): string {
  const api = new URL(apiURL);
  const prefix = api.pathname.replace(/\/+$/, '');
  const path = websocketsPath && websocketsPath.length > 0 ? websocketsPath : '/';
  const url = new URL(prefix + (path.startsWith('/') ? path : `/${path}`), api.origin);
  url.protocol = api.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/** Parses one WebSocket frame (text JSON); anything else is `null`, never a throw. */
export function parseSocketMessage(data: unknown): SocketMessage | null {
  if (typeof data !== 'string') return null;
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return null;
  }
  const result = z.safeParse(socketMessageSchema, json);
  return result.success ? result.data : null;
}

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

export type OAuthResult = Result<ConnectionResult>;

/** The API's verdict (a WebSocket message, or the redirect result in the same shape) as a result. */
export function resultFromSocket(message: SocketResult, providerConfigKey: string): OAuthResult {
  if (message.message_type === 'success') {
    const key = message.provider_config_key || providerConfigKey;
    // OAuth results always say whether the connection is pending.
    return success({ providerConfigKey: key, connectionId: message.connection_id, isPending: message.is_pending ?? false });
  }
  const detail = JSON.stringify({ error_type: message.error_type, error_desc: message.error_desc });
  return failed(oauthFailure(errorTypeForOAuthCode(message.error_type), message.error_type, message.error_desc, detail));
}
