import type { WsHub, WsOutcomeMessage } from './ws-hub';

/**
 * Who started a flow: a valid connect session, or (a flow whose session was missing, unknown or
 * expired) the client address. The two never share room, so failing flows of anyone without a
 * session cannot push out a signed-in user's outcome.
 */
export interface FlowOwner {
  kind: 'session' | 'anonymous';
  key: string;
}

/** A redirect-mode flow: the widget's id for it and the page the tab goes back to. */
export interface RedirectFlow {
  flowId: string;
  returnTo: string;
  owner: FlowOwner;
}

export interface RedirectResults {
  /** The `ws_client_id` the flow runs under: its outcome is kept here instead of sent on a socket. */
  clientIdFor(flowId: string): string;
  /** Wraps the socket hub so outcomes of redirect flows are kept for the widget that resumes. */
  wrapHub(hub: WsHub): WsHub;
  /** Makes room for the flow's outcome; an outcome of an unregistered flow is dropped. */
  register(flowId: string, owner: FlowOwner): void;
  rememberState(state: string, flow: RedirectFlow): void;
  /** The flow an OAuth `state` belongs to; once. */
  takeState(state: string): RedirectFlow | undefined;
  peekResult(flowId: string): WsOutcomeMessage | undefined;
  /** The outcome, handed out once. */
  takeResult(flowId: string): WsOutcomeMessage | undefined;
  keepResult(flowId: string, message: WsOutcomeMessage): void;
  /** How many flows and states are held (tests). */
  size(): number;
}

const clientIdPrefix = 'redirect-';
// As long as the OAuth session itself lives; then the widget reports the flow as unfinished.
const ttlMs = 60 * 60 * 1000;
// Kept in memory: bounds per owner and per kind keep a flood from growing the process.
const limits = {
  session: { total: 10_000, perOwner: 20 },
  anonymous: { total: 1_000, perOwner: 5 },
} as const;

interface Entry<T> {
  value: T;
  owner: string;
  expiresAt: number;
}

/** A map with a TTL, a cap per owner and a total cap; the oldest entries go first (insertion order). */
function boundedMap<T>(limit: { total: number; perOwner: number }, now: () => number) {
  const entries = new Map<string, Entry<T>>();
  const countByOwner = new Map<string, number>();
  const remove = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    const count = (countByOwner.get(entry.owner) ?? 1) - 1;
    if (count === 0) countByOwner.delete(entry.owner);
    else countByOwner.set(entry.owner, count);
  };
  const evictFor = (owner: string) => {
    for (const [key, entry] of entries) {
      if (entry.expiresAt > now()) break;
      remove(key);
    }
    if ((countByOwner.get(owner) ?? 0) >= limit.perOwner) {
      for (const [key, entry] of entries) if (entry.owner === owner) { remove(key); break; }
    }
    while (entries.size >= limit.total) {
      const oldest = entries.keys().next();
      if (oldest.done) break;
      remove(oldest.value);
    }
  };
  return {
    has: (key: string) => entries.has(key),
    set(key: string, owner: string, value: T) {
      remove(key);
      evictFor(owner);
      entries.set(key, { value, owner, expiresAt: now() + ttlMs });
      countByOwner.set(owner, (countByOwner.get(owner) ?? 0) + 1);
    },
    /** Replaces the value in place: same owner, same age. */
    update(key: string, value: T) {
      const entry = entries.get(key);
      if (entry) entry.value = value;
    },
    get(key: string, isTaken: boolean): T | undefined {
      const entry = entries.get(key);
      if (isTaken) remove(key);
      return entry && entry.expiresAt > now() ? entry.value : undefined;
    },
    size: () => entries.size,
  };
}

/**
 * In-memory bookkeeping of redirect-mode OAuth flows (see `routes/oauth-redirect-routes.ts`).
 * A restart forgets flows in progress; their widgets then say the sign-in did not finish.
 */
export function createRedirectResults(now: () => number = Date.now): RedirectResults {
  const flowsByState = boundedMap<RedirectFlow>(limits.session, now);
  const pools = { session: boundedMap<WsOutcomeMessage | null>(limits.session, now), anonymous: boundedMap<WsOutcomeMessage | null>(limits.anonymous, now) };
  const poolOf = (flowId: string) => (pools.session.has(flowId) ? pools.session : pools.anonymous.has(flowId) ? pools.anonymous : undefined);
  const result = (flowId: string, isTaken: boolean) => poolOf(flowId)?.get(flowId, isTaken) ?? undefined;

  const keepResult = (flowId: string, message: WsOutcomeMessage) => poolOf(flowId)?.update(flowId, message);
  return {
    clientIdFor: (flowId) => `${clientIdPrefix}${flowId}`,
    wrapHub: (hub) => ({
      publish: (wsClientId, message) => {
        if (!wsClientId.startsWith(clientIdPrefix)) return hub.publish(wsClientId, message);
        keepResult(wsClientId.slice(clientIdPrefix.length), message);
        return true;
      },
    }),
    register: (flowId, owner) => pools[owner.kind].set(flowId, owner.key, null),
    rememberState: (state, flow) => flowsByState.set(state, `${flow.owner.kind}:${flow.owner.key}`, flow),
    takeState: (state) => flowsByState.get(state, true),
    peekResult: (flowId) => result(flowId, false),
    takeResult: (flowId) => result(flowId, true),
    keepResult,
    size: () => flowsByState.size() + pools.session.size() + pools.anonymous.size(),
  };
}
