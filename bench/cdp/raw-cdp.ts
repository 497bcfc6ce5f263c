import WebSocket from 'ws';

// A second, raw DevTools connection to the browser Playwright launched. Playwright's CDPSession
// cannot address the child sessions of flat auto-attach, and only flat auto-attach lets us catch
// the widget's out-of-process iframe before its first instruction runs (see frame-tap.ts).

export type CdpParams = Record<string, unknown>;
export type CdpListener = (params: CdpParams, sessionId: string | undefined) => void;

export interface RawCdp {
  send: (method: string, params?: CdpParams, sessionId?: string) => Promise<CdpParams>;
  on: (method: string, listener: CdpListener) => () => void;
  close: () => void;
}

interface Incoming {
  id?: number;
  method?: string;
  params?: CdpParams;
  result?: CdpParams;
  error?: { message: string };
  sessionId?: string;
}

interface Pending {
  resolve: (result: CdpParams) => void;
  reject: (error: Error) => void;
}

/** The browser's WebSocket endpoint, from the port given with `--remote-debugging-port`. */
export async function browserEndpoint(port: number): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/json/version`);
  const body: unknown = await response.json();
  const url = typeof body === 'object' && body !== null && 'webSocketDebuggerUrl' in body ? body.webSocketDebuggerUrl : null;
  if (typeof url !== 'string') throw new Error(`No DevTools endpoint on port ${port}`);
  return url;
}

export async function connectRawCdp(endpoint: string): Promise<RawCdp> {
  const socket = new WebSocket(endpoint, { perMessageDeflate: false });
  await new Promise<void>((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const pending = new Map<number, Pending>();
  const listeners = new Map<string, Set<CdpListener>>();
  let nextId = 1;

  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as Incoming;
    if (message.id !== undefined) return settle(pending, message);
    for (const listener of listeners.get(message.method ?? '') ?? []) listener(message.params ?? {}, message.sessionId);
  });

  return {
    send: (method, params = {}, sessionId) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
      }),
    on: (method, listener) => {
      const set = listeners.get(method) ?? new Set<CdpListener>();
      listeners.set(method, set.add(listener));
      return () => set.delete(listener);
    },
    close: () => socket.close(),
  };
}

function settle(pending: Map<number, Pending>, message: Incoming): void {
  const waiter = message.id === undefined ? undefined : pending.get(message.id);
  if (!waiter || message.id === undefined) return;
  pending.delete(message.id);
  if (message.error) waiter.reject(new Error(message.error.message));
  else waiter.resolve(message.result ?? {});
}
