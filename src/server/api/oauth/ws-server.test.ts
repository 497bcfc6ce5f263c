import { connect as tcpConnect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startRealServer, type RealServer } from '../test/real-server';
import { parseSettings } from '../../settings';

const widgetOrigin = 'http://127.0.0.1:9';
let server: RealServer | undefined;
const opened: WebSocket[] = [];
afterEach(async () => {
  opened.splice(0).forEach((socket) => socket.terminate());
  await server?.stop();
  server = undefined;
});

const wsUrl = (running: RealServer) => `${running.url.replace('http', 'ws')}/`;

/** Opens a socket; resolves with its first message (the ack), or with how the server refused it. */
function open(
  running: RealServer, headers: Record<string, string> = { origin: widgetOrigin }, localAddress?: string,
): Promise<{ socket: WebSocket; ack?: unknown; refusedWith?: number }> {
  const socket = new WebSocket(wsUrl(running), { headers, ...(localAddress ? { localAddress } : {}) });
  opened.push(socket);
  socket.on('error', () => {}); // a refused handshake also emits 'error'
  return new Promise((resolve) => {
    socket.once('message', (data) => resolve({ socket, ack: JSON.parse(String(data)) }));
    socket.once('unexpected-response', (_request, response) => resolve({ socket, refusedWith: response.statusCode ?? 0 }));
  });
}

const closeCodeOf = (socket: WebSocket) => new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));

describe('the OAuth WebSocket server', () => {
  it('accepts the widget’s origin and a client without one, and refuses any other web page', async () => {
    server = await startRealServer();
    expect((await open(server)).ack).toMatchObject({ message_type: 'connection_ack' });
    expect((await open(server, {})).ack).toMatchObject({ message_type: 'connection_ack' });
    expect((await open(server, { origin: 'https://evil.example' })).refusedWith).toBe(403);
  });

  it('accepts the extra origins it is configured with', async () => {
    server = await startRealServer({ socketOrigins: ['https://app.example'] });
    expect((await open(server, { origin: 'https://app.example' })).ack).toMatchObject({ message_type: 'connection_ack' });
  });

  it('reads extra origins from PLUGBOARD_SOCKET_ORIGINS, and refuses to start on a value that is not an origin', async () => {
    const { socketOrigins } = parseSettings({ PLUGBOARD_SOCKET_ORIGINS: 'https://one.example, https://two.example' }, '/srv');
    server = await startRealServer({ socketOrigins });
    expect((await open(server, { origin: 'https://two.example' })).ack).toMatchObject({ message_type: 'connection_ack' });
    expect(() => parseSettings({ PLUGBOARD_SOCKET_ORIGINS: 'https://one.example/path' }, '/srv')).toThrow(/PLUGBOARD_SOCKET_ORIGINS.*one\.example\/path/);
  });

  it('closes a socket that sends a message larger than it ever needs (1009)', async () => {
    server = await startRealServer();
    const { socket } = await open(server);
    const closed = closeCodeOf(socket);
    socket.send('x'.repeat(64 * 1024));
    expect(await closed).toBe(1009);
  });

  it('refuses connections past its cap per client, and accepts again once one closes', async () => {
    server = await startRealServer();
    const first = await Promise.all(Array.from({ length: 20 }, () => open(server!)));
    expect(first.every((result) => result.ack)).toBe(true);
    expect((await open(server)).refusedWith).toBe(429);
    const closing = first[0]!.socket;
    const gone = closeCodeOf(closing);
    closing.close();
    await gone;
    await waitUntil(async () => (await open(server!)).ack !== undefined);
  });

  it('refuses connections past its total cap, whoever asks', async () => {
    server = await startRealServer();
    for (let client = 0; client < 50; client += 1) {
      const batch = await Promise.all(Array.from({ length: 20 }, () => open(server!, { origin: widgetOrigin }, `127.0.1.${client + 1}`)));
      expect(batch.every((result) => result.ack)).toBe(true);
    }
    expect((await open(server, { origin: widgetOrigin }, '127.0.2.1')).refusedWith).toBe(503);
  }, 60_000);

  it('drops a client that stops answering pings, and keeps one that answers', async () => {
    server = await startRealServer({ socketHeartbeatMs: 50 });
    const { socket: alive } = await open(server);
    const dead = await rawUpgrade(server);
    const dropped = new Promise<void>((resolve) => dead.once('close', () => resolve()));
    let pings = 0;
    alive.on('ping', () => (pings += 1));
    await dropped;
    await waitUntil(async () => pings >= 3);
    expect(alive.readyState).toBe(WebSocket.OPEN);
  });
});

/** A client that completes the handshake, then never reads or answers anything. */
function rawUpgrade(running: RealServer): Promise<Socket> {
  const { hostname, port } = new URL(running.url);
  return new Promise((resolve, reject) => {
    const socket = tcpConnect(Number(port), hostname, () => {
      socket.write([
        'GET / HTTP/1.1', `Host: ${hostname}:${port}`, 'Upgrade: websocket', 'Connection: Upgrade',
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==', 'Sec-WebSocket-Version: 13', `Origin: ${widgetOrigin}`, '', '',
      ].join('\r\n'));
    });
    socket.once('data', (data) => (String(data).startsWith('HTTP/1.1 101') ? resolve(socket) : reject(new Error(String(data)))));
    socket.on('error', () => {});
  });
}

async function waitUntil(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 20));
}
