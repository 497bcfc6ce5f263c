/** Escape anywhere in the widget (focus may be on the page body after a click outside a control). */
export function listenForEscape(target: Window, onEscape: () => void): () => void {
  const handler = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
    event.preventDefault();
    onEscape();
  };
  target.addEventListener('keydown', handler);
  return () => target.removeEventListener('keydown', handler);
}
