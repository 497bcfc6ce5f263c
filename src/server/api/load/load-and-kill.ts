import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type Context, type Request } from 'autocannon';
import { hashToken } from '../crypto/tokens';
import { startApiProcess } from './api-process';
import { readPersisted } from './read-persisted';

export interface LoadAndKillOptions {
  /** Concurrent HTTP connections of the load generator. */
  connections?: number;
  /** How long the load runs before the server is killed with SIGKILL. */
  killAfterMs?: number;
}

export interface LoadAndKillFigures {
  requestsPerSecond: number;
  requestsSent: number;
  sessionsAcknowledged: number;
  connectionsAcknowledged: number;
  /** Acknowledged connections found in the database after the restart. */
  connectionsPersisted: number;
  /** Acknowledged sessions whose token hash is in the database after the restart. */
  sessionsPersisted: number;
  lost: number;
  /** Connection errors (reset, refused) once the server was killed: never acknowledged, so allowed to be gone. */
  errorsAfterKill: number;
  restartMs: number;
  /** Whether a connection could be made on the restarted server. */
  isServingAfterRestart: boolean;
}

const integrationKey = 'load-api-key';
const secretKey = 'load-test-secret-key-0123456789abcdef';

/**
 * Loads the reference API with concurrent session and API-key connection creation, kills it with
 * SIGKILL in the middle, restarts it on the same data directory and checks that every session and
 * connection it acknowledged is still there. Loopback only; bounded in time.
 */
export async function runLoadAndKill({ connections = 16, killAfterMs = 4_000 }: LoadAndKillOptions = {}): Promise<LoadAndKillFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'plugboard-load-'));
  const configPath = writeLoadConfig(dataDir);
  const port = await freePort();
  try {
    const api = await startApiProcess({ port, dataDir, secretKey, configPath });
    const acknowledged = { sessions: new Set<string>(), connections: new Set<string>() };
    const instance = autocannon({ url: api.url, connections, duration: 60, timeout: 10, requests: sessionThenConnection(acknowledged) });
    await new Promise((done) => setTimeout(done, killAfterMs));
    await api.kill9();
    instance.stop();
    const result = await instance;

    const restartStartedAt = Date.now();
    const restarted = await startApiProcess({ port, dataDir, secretKey, configPath });
    const restartMs = Date.now() - restartStartedAt;
    const isServingAfterRestart = await canConnect(restarted.url);
    await restarted.stop();

    const persisted = readPersisted(dataDir, integrationKey);
    const connectionsPersisted = [...acknowledged.connections].filter((id) => persisted.connectionIds.has(id)).length;
    const sessionsPersisted = [...acknowledged.sessions].filter((hash) => persisted.tokenHashes.has(hash)).length;
    return {
      requestsPerSecond: Math.round(result.requests.average),
      requestsSent: result.requests.total,
      sessionsAcknowledged: acknowledged.sessions.size,
      connectionsAcknowledged: acknowledged.connections.size,
      connectionsPersisted,
      sessionsPersisted,
      lost: acknowledged.connections.size - connectionsPersisted + (acknowledged.sessions.size - sessionsPersisted),
      errorsAfterKill: result.errors,
      restartMs,
      isServingAfterRestart,
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Each load connection loops: create a session with the secret key, then connect an API key with it. */
function sessionThenConnection(acknowledged: { sessions: Set<string>; connections: Set<string> }): Request[] {
  let user = 0;
  return [
    {
      method: 'POST',
      path: '/connect/sessions',
      headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
      setupRequest: (request) => ({ ...request, body: JSON.stringify({ end_user: { id: `load-user-${(user += 1)}` } }) }),
      onResponse: (status, body, context) => {
        const token = status === 201 ? readString(body, ['data', 'token']) : null;
        context.token = token;
        if (token) acknowledged.sessions.add(hashToken(token));
      },
    },
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ apiKey: 'test_load_key' }),
      setupRequest: (request, context: Context) =>
        typeof context.token === 'string'
          ? { ...request, path: `/api-auth/api-key/${integrationKey}?connect_session_token=${context.token}&params[region]=eu` }
          : null,
      onResponse: (status, body) => {
        const connectionId = status === 200 ? readString(body, ['connectionId']) : null;
        if (connectionId) acknowledged.connections.add(connectionId);
      },
    },
  ];
}

async function canConnect(url: string): Promise<boolean> {
  const session = await fetch(`${url}/connect/sessions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ end_user: { id: 'after-restart' } }),
  });
  const token = readString(await session.text(), ['data', 'token']);
  if (!token) return false;
  const connection = await fetch(`${url}/api-auth/api-key/${integrationKey}?connect_session_token=${token}&params[region]=eu`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ apiKey: 'test_after_restart' }),
  });
  return connection.status === 200;
}

/** The server's rate limits are meant for runaway scripts, not for a load test from loopback. */
function writeLoadConfig(dataDir: string): string {
  const path = join(dataDir, 'load-config.json');
  const config = {
    integrations: [{ unique_key: integrationKey, provider: 'test-api-key' }],
    rate_limit: { window_ms: 60_000, max_requests: 1_000_000 },
  };
  writeFileSync(path, JSON.stringify(config));
  return path;
}

function readString(body: string, path: string[]): string | null {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return null;
  }
  for (const key of path) value = typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
  return typeof value === 'string' ? value : null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
