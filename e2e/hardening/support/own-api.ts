import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApiServer } from '../../../src/server/api/server';

export interface OwnApi {
  url: string;
  secretKey: string;
  dataDir: string;
  /** Every line the server logged so far. */
  logs: string[];
  /** The bytes of every file the server keeps in its data directory (database, WAL, keys…). */
  diskBytes: () => Buffer;
  createSession: (body?: Record<string, unknown>) => Promise<string>;
  close: () => Promise<void>;
}

/**
 * A reference API of the test's own, on a fresh data directory whose files the test may read,
 * with an optional config (e.g. tight rate limits). The shared e2e stack is left alone.
 */
export async function startOwnApi({ config }: { config?: Record<string, unknown> } = {}): Promise<OwnApi> {
  const dataDir = mkdtempSync(join(tmpdir(), 'plugboard-hardening-'));
  const configPath = join(dataDir, 'config.json');
  if (config) writeFileSync(configPath, JSON.stringify(config));
  const secretKey = `sk_${randomBytes(16).toString('hex')}`;
  const logs: string[] = [];
  const api = await startApiServer({
    port: 0,
    dataDir,
    secretKey,
    connectUiUrl: 'http://127.0.0.1:1/',
    log: (line) => void logs.push(line),
    ...(config ? { configPath } : {}),
  });
  const createSession = async (body: Record<string, unknown> = {}) => {
    const response = await fetch(`${api.url}/connect/sessions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ end_user: { id: 'hardening' }, ...body }),
    });
    const json = (await response.json()) as { data?: { token?: string } };
    if (!json.data?.token) throw new Error(`session: ${response.status} ${JSON.stringify(json)}`);
    return json.data.token;
  };
  return {
    url: api.url,
    secretKey,
    dataDir,
    logs,
    diskBytes: () => Buffer.concat(readdirSync(dataDir).map((name) => readFileSync(join(dataDir, name)))),
    createSession,
    close: async () => {
      await api.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
