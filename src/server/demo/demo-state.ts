/** What the demo page shows: the user's connections and every event received, newest first. */
export interface DemoEvent {
  id: number;
  at: string;
  source: 'widget' | 'webhook';
  type: string;
  summary: string;
  /** Webhooks only: whether the signature checked out. */
  isVerified?: boolean;
}

export interface DemoConnection {
  providerConfigKey: string;
  connectionId: string;
  authMode: string | null;
  lastOperation: string;
  isConfirmedByWebhook: boolean;
  updatedAt: string;
}

const maxEvents = 200;

export function createDemoState() {
  const events: DemoEvent[] = [];
  const connections = new Map<string, DemoConnection>();
  let nextId = 1;

  const upsertConnection = (update: Omit<DemoConnection, 'updatedAt' | 'isConfirmedByWebhook'> & { isConfirmedByWebhook?: boolean }) => {
    const key = `${update.providerConfigKey}\u0000${update.connectionId}`;
    const existing = connections.get(key);
    connections.set(key, {
      ...update,
      authMode: update.authMode ?? existing?.authMode ?? null,
      isConfirmedByWebhook: update.isConfirmedByWebhook ?? existing?.isConfirmedByWebhook ?? false,
      updatedAt: new Date().toISOString(),
    });
  };

  return {
    addEvent(event: Omit<DemoEvent, 'id' | 'at'>): void {
      events.unshift({ ...event, id: nextId++, at: new Date().toISOString() });
      events.length = Math.min(events.length, maxEvents);
    },
    upsertConnection,
    snapshot() {
      const list = [...connections.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      return { connections: list, events: [...events] };
    },
  };
}

export type DemoState = ReturnType<typeof createDemoState>;
