import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApiServer, type ApiServerOptions, type RunningApiServer } from '../server';

export interface RealServer extends RunningApiServer {
  dataDir: string;
  stop(): Promise<void>;
}

/** The API on a free loopback port over a fresh data directory. */
export async function startRealServer(options: Partial<ApiServerOptions> = {}): Promise<RealServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'plugboard-real-'));
  const running = await startApiServer({ port: 0, dataDir, connectUiUrl: 'http://127.0.0.1:9/', log: () => {}, ...options });
  return {
    ...running,
    dataDir,
    async stop() {
      await running.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface ReceivedRequest {
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** A webhook receiver on loopback that answers with the given statuses in turn (then 200). */
export async function startReceiver(statuses: number[] = []) {
  const received: ReceivedRequest[] = [];
  const waiters: Array<() => void> = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: req.headers });
      res.writeHead(statuses.shift() ?? 200).end();
      waiters.splice(0).forEach((wake) => wake());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    received,
    async waitForCount(count: number): Promise<void> {
      while (received.length < count) await new Promise<void>((resolve) => waiters.push(resolve));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
