import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export interface ApiProcessOptions {
  port: number;
  dataDir: string;
  secretKey: string;
  /** A config file (JSON) for the server, e.g. with raised rate limits. */
  configPath?: string;
  /** How long to wait for the server to answer before giving up. */
  startTimeoutMs?: number;
}

export interface ApiProcess {
  url: string;
  pid: number;
  /** SIGKILL: no shutdown hook runs, exactly like a crash or an OOM kill. */
  kill9: () => Promise<void>;
  /** SIGTERM, then SIGKILL if it lingers. */
  stop: () => Promise<void>;
}

const mainFile = resolve('src/server/api/main.ts');

/**
 * The reference API as a child process of its own. `node --import tsx` rather than `npx tsx`:
 * the tsx CLI runs the server in a grandchild, which a `kill -9` of the wrapper would orphan.
 */
export async function startApiProcess(options: ApiProcessOptions): Promise<ApiProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PLUGBOARD_API_PORT: String(options.port),
    PLUGBOARD_DATA_DIR: options.dataDir,
    PLUGBOARD_SECRET_KEY: options.secretKey,
  };
  if (options.configPath) env.PLUGBOARD_CONFIG = options.configPath;
  const child = spawn(process.execPath, ['--import', 'tsx', mainFile], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  // The server logs every request; keep only the tail, for the error message of a failed start.
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 100) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${options.port}`;
  try {
    await waitUntilServing(url, options.secretKey, child, options.startTimeoutMs ?? 30_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n--- server output ---\n${output.join('')}`);
  }
  return {
    url,
    pid: child.pid ?? -1,
    kill9: () => signalAndWait(child, 'SIGKILL'),
    stop: async () => {
      const killLater = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await signalAndWait(child, 'SIGTERM');
      clearTimeout(killLater);
    },
  };
}

async function waitUntilServing(url: string, secretKey: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API exited with code ${child.exitCode} before serving`);
    const status = await fetch(`${url}/integrations`, { headers: { authorization: `Bearer ${secretKey}` } })
      .then((response) => response.status)
      .catch(() => 0);
    if (status === 200) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`The API did not answer on ${url} within ${timeoutMs} ms`);
}

function signalAndWait(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill(signal);
  });
}
