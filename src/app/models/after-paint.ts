/**
 * Runs `task` once the browser has had the chance to paint what was just rendered: when it is idle
 * (at the latest after `timeoutMs`), or in a later task where there is no `requestIdleCallback`
 * (Safari). For work the user should not wait for, such as prefetching.
 */
export function afterPaint(task: () => void, timeoutMs = 500): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: timeoutMs });
  else setTimeout(task, 0);
}
