/** What the demo page shows: the user's connections and every event received, newest first. */
export interface DemoEvent {
  id: number;
  at: string;
  /** `api`: a call the demo's backend made to the Connect API. */
  source: 'widget' | 'webhook' | 'api';
  type: string;
  summary: string;
  /** Webhooks only: whether the signature checked out. */
  isVerified?: boolean;
  /** Auth webhooks only: the attempt failed (`success: false`). */
  isFailure?: boolean;
}

export interface DemoConnection {
  providerConfigKey: string;
  connectionId: string;
  authMode: string | null;
  lastOperation: string;
  isConfirmedByWebhook: boolean;
  /** The last failed reconnect or token refresh of this connection, until it next succeeds. */
  error: string | null;
  updatedAt: string;
}

const maxEvents = 200;

export function createDemoState() {
  const events: DemoEvent[] = [];
  const connections = new Map<string, DemoConnection>();
  const tokenHints = new Map<string, string>();
  let nextId = 1;

  type ConnectionUpdate = Omit<DemoConnection, 'updatedAt' | 'isConfirmedByWebhook' | 'error'> & { isConfirmedByWebhook?: boolean; error?: string | null };
  const upsertConnection = (update: ConnectionUpdate) => {
    const key = `${update.providerConfigKey}\u0000${update.connectionId}`;
    const existing = connections.get(key);
    connections.set(key, {
      ...update,
      authMode: update.authMode ?? existing?.authMode ?? null,
      isConfirmedByWebhook: update.isConfirmedByWebhook ?? existing?.isConfirmedByWebhook ?? false,
      error: update.error === undefined ? existing?.error ?? null : update.error,
      updatedAt: new Date().toISOString(),
    });
  };

  return {
    addEvent(event: Omit<DemoEvent, 'id' | 'at'>): void {
      events.unshift({ ...event, id: nextId++, at: new Date().toISOString() });
      events.length = Math.min(events.length, maxEvents);
    },
    upsertConnection,
    /** Remembers the token last seen for a connection; true when it differs from the one before. */
    isNewToken(connectionId: string, hint: string): boolean {
      const previous = tokenHints.get(connectionId);
      tokenHints.set(connectionId, hint);
      return previous !== undefined && previous !== hint;
    },
    hasConnection: (providerConfigKey: string, connectionId: string) => connections.has(`${providerConfigKey}\u0000${connectionId}`),
    snapshot() {
      const list = [...connections.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      return { connections: list, events: [...events] };
    },
  };
}

export type DemoState = ReturnType<typeof createDemoState>;
