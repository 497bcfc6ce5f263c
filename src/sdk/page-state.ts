/**
 * What opening the widget changes on the host page, saved so closing it puts back exactly what
 * was there: the body's own `overflow` (not `''`) and the element that had focus.
 */
export function lockPage(document: Document): () => void {
  const { body } = document;
  const previousOverflow = body.style.overflow;
  const previousFocus = document.activeElement;
  body.style.overflow = 'hidden';
  return () => {
    body.style.overflow = previousOverflow;
    if (previousFocus instanceof HTMLElement && previousFocus.isConnected) previousFocus.focus();
  };
}
