// A frame the browser does not render (hidden) never paints nor idles: nothing waits for ever.
const longestWaitMs = 1_000;

/** Once the frame after `now` is painted and the thread is idle (at most `longestWaitMs`), once. */
export function whenPaintedAndIdle(then: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    then();
  };
  setTimeout(once, longestWaitMs);
  if (typeof requestAnimationFrame !== 'function') return;
  requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(once, { timeout: longestWaitMs });
    else setTimeout(once);
  });
}
