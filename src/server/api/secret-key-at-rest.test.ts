import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApiServer } from './server';

let dataDir: string;
const quiet = () => {};
const savedKey = process.env.PLUGBOARD_SECRET_KEY;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'plugboard-secret-'));
  delete process.env.PLUGBOARD_SECRET_KEY;
});

afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
  if (savedKey !== undefined) process.env.PLUGBOARD_SECRET_KEY = savedKey;
});

const start = () => startApiServer({ port: 0, dataDir, connectUiUrl: 'http://127.0.0.1:1/', log: quiet });

describe('a generated secret key', () => {
  it('is kept across restarts but never written to disk in the clear', async () => {
    const first = await start();
    await first.close();
    const second = await start();
    await second.close();
    expect(second.secretKey).toBe(first.secretKey);

    for (const name of readdirSync(dataDir)) {
      const bytes = readFileSync(join(dataDir, name));
      expect([name, bytes.includes(first.secretKey)]).toEqual([name, false]);
    }
  });
});
