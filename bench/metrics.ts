// What one run measures. Times are in ms, on the `Date.now()` clock shared by host page, frame
// and network log; see bench/probe/probe.js for where each timestamp is taken.

export const timingMetrics = {
  openToLoader: 'open() → loader (role=status) painted',
  openToReady: 'open() → `ready` received',
  tokenToFetch: 'token → `GET /connect/session` sent',
  dataToList: 'session + integrations received → list visible',
  tokenToList: 'token → integration list visible',
  openToList: 'open() → integration list visible',
  tokenToForm: 'token → form visible (single integration)',
  preloadedOpenToPaint: 'open() → painted, after preload()',
  clickToPopup: 'click → OAuth popup navigating',
} as const;

export const loadMetrics = {
  longTasks: 'long tasks until the list',
  tbt: 'total blocking time until the list (ms)',
  heapBytes: 'JS heap after the list, after GC',
  requests: 'requests from the frame before the list',
  preflights: '… of which CORS preflights',
} as const;

/** Runs with many integrations (Plugboard only): the list's first rows, and typing in search. */
export const scaleMetrics = {
  searchKey: 'search key pressed → filtered list painted (median of the run\'s keys)',
} as const;

export type TimingMetric = keyof typeof timingMetrics;
export type LoadMetric = keyof typeof loadMetrics;
export type MetricName = TimingMetric | LoadMetric | keyof typeof scaleMetrics;
export type Metrics = Partial<Record<MetricName, number>>;

export interface LongTask {
  start: number;
  duration: number;
}

/** Long tasks that started before `until` (frame clock), and their blocking time beyond 50 ms each. */
export function blockingUntil(longTasks: LongTask[], until: number): Pick<Metrics, 'longTasks' | 'tbt'> {
  const before = longTasks.filter((task) => task.start < until);
  return {
    longTasks: before.length,
    tbt: before.reduce((total, task) => total + Math.max(0, task.duration - 50), 0),
  };
}
