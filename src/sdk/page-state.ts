/** One open widget: its iframe and the element that had focus when it opened. */
type Lock = [iframe: Element, focus: Element | null];

// One record for the whole page, not one per widget: two widgets may be open at once and close in
// any order, so the page is saved when the first opens and put back when the last closes.
const locks: Lock[] = [];
/** The elements this module made inert; one that was inert already is left alone, then as now. */
const madeInert = new Set<Element>();
let overflowBefore = '';

/**
 * What opening the widget changes on the host page, undone exactly on close: the body's own
 * `overflow` (not `''`), the `inert` of everything beside the widget (so keyboards and screen
 * readers cannot reach the page behind the modal), and the element that had focus.
 */
export function lockPage(iframe: Element): () => void {
  const { body, activeElement } = document;
  // A widget whose iframe the host removed without close() no longer holds the page.
  for (const lock of locks.filter(([frame]) => !frame.isConnected)) release(lock, body);
  if (!locks.length) overflowBefore = body.style.overflow;
  const lock: Lock = [iframe, activeElement];
  locks.push(lock);
  body.style.overflow = 'hidden';
  syncInert(body);
  // Focus goes back only from the topmost widget (focusing a removed element does nothing).
  return () => release(lock, body) || (lock[1] as HTMLElement | null)?.focus?.();
}

/** Returns the widget opened after this one, if it is still open. */
function release(lock: Lock, body: HTMLElement): Lock | undefined {
  const index = locks.indexOf(lock);
  if (index < 0) return;
  locks.splice(index, 1);
  const above = locks[index];
  // The widget above had this one's iframe focused: it now returns focus to where this one would.
  if (above?.[1] === lock[0]) above[1] = lock[1];
  // Only if it is still ours: a value the host set meanwhile is the host's to keep.
  if (!locks.length && body.style.overflow === 'hidden') body.style.overflow = overflowBefore;
  syncInert(body);
  return above;
}

/** Inert: the siblings of each open iframe and of its ancestors up to `body`; nothing holding an open iframe. */
function syncInert(body: HTMLElement): void {
  const shut = new Set<Element>();
  for (const [iframe] of locks) {
    for (let node = iframe, parent; node !== body && (parent = node.parentElement); node = parent) {
      // `node` itself holds an open iframe, so it is never shut.
      for (const sibling of parent.children) if (!locks.some(([frame]) => sibling.contains(frame))) shut.add(sibling);
    }
  }
  for (const element of madeInert) {
    if (!shut.has(element)) {
      element.toggleAttribute('inert', false);
      madeInert.delete(element);
    }
  }
  for (const element of shut) {
    if (!element.hasAttribute('inert')) {
      madeInert.add(element);
      element.toggleAttribute('inert', true);
    }
  }
}
