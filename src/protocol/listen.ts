/**
 * The widget's end of the bridge listens through this: listen on a window, keep only messages that
 * pass the sender check (`accept`: the origin and `event.source` check) and `parse` (`null` for
 * anything that is not a valid message), and never let a hostile message throw. (The host's end,
 * in the size-budgeted script-tag SDK, does the same checks inline: see `ConnectUI`.)
 * Returns the function that stops listening.
 */
export function listen<T>(
  window: Window,
  accept: (event: MessageEvent) => boolean,
  parse: (data: unknown) => T | null,
  onMessage: (message: T, event: MessageEvent) => void,
): () => void {
  const handler = (event: MessageEvent) => {
    const message = accept(event) && parse(event.data);
    if (message) onMessage(message, event);
  };
  window.addEventListener('message', handler);
  return () => window.removeEventListener('message', handler);
}
