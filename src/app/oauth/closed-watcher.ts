export interface ClosedWatcherOptions {
  isClosed: () => boolean;
  /** Called once, `graceMs` after the window was first seen closed. */
  onClosed: () => void;
  /** How often to look; `window.closed` fires no event. Nango looks every 500 ms. */
  intervalMs?: number;
  /** The result travels on the WebSocket and may land just after the callback page closes itself. */
  graceMs?: number;
}

/** Watches the OAuth window; returns the stop. */
export function watchClosed({ isClosed, onClosed, intervalMs = 500, graceMs = 1500 }: ClosedWatcherOptions): () => void {
  let grace: ReturnType<typeof setTimeout> | null = null;
  const poll = setInterval(() => {
    if (grace !== null || !isClosed()) return;
    clearInterval(poll);
    grace = setTimeout(onClosed, graceMs);
  }, intervalMs);
  return () => {
    clearInterval(poll);
    if (grace !== null) clearTimeout(grace);
  };
}
