/**
 * The one primitive both sides of the bridge share: listen on a window, keep only messages that
 * pass the sender check (`accept`: the origin and `event.source` check of each side) and `parse`
 * (`null` for anything that is not a valid message), and never let a hostile message throw.
 * Positional, not an options object: property names survive minification, and the script-tag SDK
 * has a budget of 2.2 KB. Returns the function that stops listening.
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
