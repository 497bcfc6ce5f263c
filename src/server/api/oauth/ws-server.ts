import type { IncomingMessage, Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { pickClientAddress, type TrustedProxies } from '../http/rate-limit';
import type { SocketWsHub } from './ws-hub';

export interface SocketServerOptions {
  path: string;
  /** Web pages that may open a socket: the widget's origin and any the operator adds. */
  allowedOrigins: string[];
  trustedProxies: TrustedProxies;
  /** How often every socket is pinged; one that has not answered the previous ping is dropped. */
  heartbeatMs?: number;
}

// The widget never sends anything: a small frame limit costs nothing and stops memory floods.
const maxPayloadBytes = 4 * 1024;
const maxConnections = 1_000;
const maxConnectionsPerClient = 20;
const defaultHeartbeatMs = 30_000;

/**
 * The WebSocket of the OAuth popup flow, on the API's own port. A browser always sends `Origin`,
 * so a page other than the widget cannot open one; a client without `Origin` is not a browser and
 * could claim any origin anyway. Connections are capped in total and per client address.
 */
export function attachSocketServer(server: Server, hub: SocketWsHub, options: SocketServerOptions): { close(): void } {
  const allowed = new Set(options.allowedOrigins.map((url) => new URL(url).origin));
  const perClient = new Map<string, number>();
  const clientOf = (request: IncomingMessage) => {
    const forwarded = request.headers['x-forwarded-for'];
    return pickClientAddress(request.socket.remoteAddress ?? 'unknown', Array.isArray(forwarded) ? forwarded.join(',') : forwarded, options.trustedProxies);
  };

  const wss = new WebSocketServer({
    server,
    path: options.path,
    maxPayload: maxPayloadBytes,
    verifyClient: ({ req }, done) => {
      const origin = req.headers.origin;
      if (origin !== undefined && !allowed.has(origin)) return done(false, 403, 'Origin not allowed');
      if (wss.clients.size >= maxConnections) return done(false, 503, 'Too many connections');
      if ((perClient.get(clientOf(req)) ?? 0) >= maxConnectionsPerClient) return done(false, 429, 'Too many connections from this client');
      done(true);
    },
  });

  const isAlive = new WeakMap<WebSocket, boolean>();
  wss.on('connection', (socket, request) => {
    const client = clientOf(request);
    perClient.set(client, (perClient.get(client) ?? 0) + 1);
    socket.once('close', () => {
      const count = (perClient.get(client) ?? 1) - 1;
      if (count === 0) perClient.delete(client);
      else perClient.set(client, count);
    });
    isAlive.set(socket, true);
    socket.on('pong', () => isAlive.set(socket, true));
    hub.accept(socket);
  });

  const heartbeat = setInterval(() => {
    for (const socket of wss.clients) {
      if (!isAlive.get(socket)) {
        socket.terminate();
        continue;
      }
      isAlive.set(socket, false);
      socket.ping();
    }
  }, options.heartbeatMs ?? defaultHeartbeatMs);
  heartbeat.unref();

  return {
    close() {
      clearInterval(heartbeat);
      wss.close();
    },
  };
}
