import type { ApiFailure } from '../../client/failure';
import { isSessionFailure } from '../../client/failure';
import type { Session } from '../../contract/connect';
import type { Result } from '../../client/failure';

/** A connection the session made, as the reference API's `GET /connect/session` lists it. */
export interface SessionConnection {
  connectionId: string;
  providerConfigKey: string;
  isPending: boolean;
  /** Changes when the same connection is made again (a reconnect). */
  createdAt: string;
}

/**
 * The session's connections, or null where the API does not report them: Nango's session output
 * has no `connections`, so a widget on Nango cannot learn what another device connected.
 */
export function sessionConnectionsOf(session: Session): SessionConnection[] | null {
  if (!session.connections) return null;
  return session.connections.map((item) => ({
    connectionId: item.connection_id,
    providerConfigKey: item.provider_config_key,
    isPending: item.is_pending === true,
    createdAt: item.created_at ?? '',
  }));
}

const keyOf = (connection: SessionConnection) => JSON.stringify([connection.providerConfigKey, connection.connectionId, connection.createdAt]);

export interface HandoffWatchOptions {
  getSession: (signal: AbortSignal) => Promise<Result<Session>>;
  /** Between two looks at the session. */
  intervalMs?: number;
  /** Looks at most, the first included (2 s × 300: ten minutes). */
  maxPolls?: number;
  /** A connection the session made after the watch began: the last call. */
  onConnected: (connection: SessionConnection) => void;
  /** The API does not report the session's connections (Nango): the last call. */
  onUnsupported: () => void;
  /** The session expired or was never valid: the last call. */
  onSessionFailure: (failure: ApiFailure) => void;
  /** Nothing came within `maxPolls`: the last call. */
  onGaveUp: () => void;
  /** What an earlier watch of this handoff had already seen (a "Check again" after it gave up). */
  baseline?: HandoffBaseline | null;
}

/** The connections a watch saw at its start; opaque. */
export type HandoffBaseline = ReadonlySet<string>;

export interface HandoffWatch {
  stop: () => void;
  /** What this watch took as already there, once its first look succeeded. */
  baseline: () => HandoffBaseline | null;
}

/**
 * Watches the session for a connection made on another device: the first look notes what it had
 * made already, each later one compares. Bounded in number; a failed look (offline, a slow API)
 * only counts as one; stopping cancels the look in flight, and nothing is reported after it.
 */
export function watchHandoff({ getSession, intervalMs = 2000, maxPolls = 300, baseline = null, ...report }: HandoffWatchOptions): HandoffWatch {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let known: HandoffBaseline | null = baseline;
  let polls = 0;
  let isStopped = false;

  const stop = () => {
    isStopped = true;
    clearTimeout(timer);
    controller.abort();
  };
  const finish = (call: () => void) => {
    stop();
    call();
  };

  async function look(): Promise<void> {
    polls++;
    const result = await getSession(controller.signal);
    if (isStopped) return;
    if (!result.ok && isSessionFailure(result.failure)) return finish(() => report.onSessionFailure(result.failure));
    if (result.ok) {
      const connections = sessionConnectionsOf(result.value);
      if (!connections) return finish(report.onUnsupported);
      const fresh = known ? connections.find((connection) => !known?.has(keyOf(connection))) : undefined;
      if (fresh) return finish(() => report.onConnected(fresh));
      known ??= new Set(connections.map(keyOf));
    }
    if (polls >= maxPolls) return finish(report.onGaveUp);
    timer = setTimeout(() => void look(), intervalMs);
  }

  void look();
  return { stop, baseline: () => known };
}
