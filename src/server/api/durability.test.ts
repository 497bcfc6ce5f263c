import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';

const secretKey = 'durability-secret-key';
const dataDir = mkdtempSync(join(tmpdir(), 'plugboard-kill9-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

async function spawnServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('./test/child-server.ts', import.meta.url).pathname], {
    env: { ...process.env, PLUGBOARD_DATA_DIR: dataDir, PLUGBOARD_SECRET_KEY: secretKey },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const firstLine = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`server exited early with ${code}`)));
  });
  return { child, url: JSON.parse(firstLine).url };
}

async function connect(url: string, token: string, index: number): Promise<string | null> {
  try {
    const res = await fetch(`${url}/api-auth/api-key/demo-api-key?connect_session_token=${token}&params[region]=eu`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ apiKey: `test_${index}` }),
    });
    return res.status === 200 ? (await res.json()).connectionId : null;
  } catch {
    return null; // Cut off by the kill: never acknowledged, so not counted.
  }
}

describe('durability', () => {
  it('keeps every acknowledged connection across kill -9', async () => {
    const { child, url } = await spawnServer();
    const session = await fetch(`${url}/connect/sessions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ end_user: { id: 'durable-user' } }),
    });
    const token: string = (await session.json()).data.token;

    const acknowledged: string[] = [];
    let killed = false;
    const attempts = Array.from({ length: 60 }, (_, index) =>
      connect(url, token, index).then((connectionId) => {
        if (connectionId) acknowledged.push(connectionId);
        // Kill the moment the 25th acknowledgement arrives, with the rest still in flight.
        if (acknowledged.length === 25 && !killed) {
          killed = true;
          child.kill('SIGKILL');
        }
      }),
    );
    await Promise.all(attempts);
    expect(killed).toBe(true);
    expect(acknowledged.length).toBeGreaterThanOrEqual(25);

    const restarted = await spawnServer();
    const health = await fetch(`${restarted.url}/health`);
    expect(health.status).toBe(200);
    const db = new Database(join(dataDir, 'plugboard.sqlite'), { readonly: true });
    const stored = new Set(db.prepare<[], { connection_id: string }>('SELECT connection_id FROM connections').all().map((row) => row.connection_id));
    db.close();
    const lost = acknowledged.filter((id) => !stored.has(id));
    expect(lost).toEqual([]);
    restarted.child.kill('SIGKILL');
  }, 30_000);
});
