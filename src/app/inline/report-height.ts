/**
 * An inline widget is as tall as its content: each change of the document's height goes to the
 * host (the SDK sets the iframe's height), rounded up to whole pixels so nothing is cut off.
 * Returns the function that stops it.
 */
export function reportHeight(window: Window, send: (height: number) => void): () => void {
  const root = window.document.documentElement;
  let last = -1;
  const report = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height !== last) send((last = height));
  };
  const observer = new ResizeObserver(report);
  observer.observe(root);
  return () => observer.disconnect();
}
