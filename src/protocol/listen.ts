/**
 * The one primitive both sides of the bridge share: listen on a window, keep only messages that
 * pass the sender check and parse, and never let a hostile message throw.
 */
export interface ListenOptions<T> {
  window: Window;
  /** Who may speak: the origin and `event.source` check of each side. */
  accept: (event: MessageEvent) => boolean;
  /** Returns `null` for anything that is not a valid message. */
  parse: (data: unknown) => T | null;
  onMessage: (message: T, event: MessageEvent) => void;
}

export function listen<T>({ window, accept, parse, onMessage }: ListenOptions<T>): () => void {
  const handler = (event: MessageEvent) => {
    if (!accept(event)) return;
    const message = parse(event.data);
    if (message) onMessage(message, event);
  };
  window.addEventListener('message', handler);
  return () => window.removeEventListener('message', handler);
}
