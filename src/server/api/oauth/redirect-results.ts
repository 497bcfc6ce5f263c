import type { WsHub, WsOutcomeMessage } from './ws-hub';

/** A redirect-mode flow: the widget's id for it and the page the tab goes back to. */
export interface RedirectFlow {
  flowId: string;
  returnTo: string;
}

export interface RedirectResults {
  /** The `ws_client_id` the flow runs under: its outcome is kept here instead of sent on a socket. */
  clientIdFor(flowId: string): string;
  /** Wraps the socket hub so outcomes of redirect flows are kept for the widget that resumes. */
  wrapHub(hub: WsHub): WsHub;
  rememberState(state: string, flow: RedirectFlow): void;
  /** The flow an OAuth `state` belongs to; once. */
  takeState(state: string): RedirectFlow | undefined;
  peekResult(flowId: string): WsOutcomeMessage | undefined;
  /** The outcome, handed out once. */
  takeResult(flowId: string): WsOutcomeMessage | undefined;
  keepResult(flowId: string, message: WsOutcomeMessage): void;
}

const clientIdPrefix = 'redirect-';
// As long as the OAuth session itself lives; then the widget reports the flow as unfinished.
const ttlMs = 60 * 60 * 1000;
// Outcomes are kept in memory: a bound keeps a flood of flows from growing the process.
const maxEntries = 10_000;

interface Entry<T> {
  value: T;
  expiresAt: number;
}

/**
 * In-memory bookkeeping of redirect-mode OAuth flows (see `routes/oauth-redirect-routes.ts`).
 * A restart forgets flows in progress; their widgets then say the sign-in did not finish.
 */
export function createRedirectResults(now: () => number = Date.now): RedirectResults {
  const flowsByState = new Map<string, Entry<RedirectFlow>>();
  const results = new Map<string, Entry<WsOutcomeMessage>>();

  function put<T>(map: Map<string, Entry<T>>, key: string, value: T): void {
    for (const [oldKey, entry] of map) {
      if (entry.expiresAt > now() && map.size < maxEntries) break;
      map.delete(oldKey);
    }
    map.set(key, { value, expiresAt: now() + ttlMs });
  }
  function get<T>(map: Map<string, Entry<T>>, key: string, isTaken: boolean): T | undefined {
    const entry = map.get(key);
    if (isTaken) map.delete(key);
    return entry && entry.expiresAt > now() ? entry.value : undefined;
  }

  const keepResult = (flowId: string, message: WsOutcomeMessage) => put(results, flowId, message);
  return {
    clientIdFor: (flowId) => `${clientIdPrefix}${flowId}`,
    wrapHub: (hub) => ({
      publish: (wsClientId, message) => {
        if (!wsClientId.startsWith(clientIdPrefix)) return hub.publish(wsClientId, message);
        keepResult(wsClientId.slice(clientIdPrefix.length), message);
        return true;
      },
    }),
    rememberState: (state, flow) => put(flowsByState, state, flow),
    takeState: (state) => get(flowsByState, state, true),
    peekResult: (flowId) => get(results, flowId, false),
    takeResult: (flowId) => get(results, flowId, true),
    keepResult,
  };
}
