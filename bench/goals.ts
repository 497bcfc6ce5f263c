import type { BytesToList } from './bytes-to-list';
import type { MetricName } from './metrics';
import { sdkFiles, type SizeReport } from './sizes';
import type { Stats } from './stats';
import type { MetricSummary } from './summary';

// The goals of the performance issue, each measured the way the issue states it: ratios are
// Plugboard's median over the floor's median in the same run; everything else is Plugboard's
// median (sizes are exact). The issue asks for medians of at least 10 cold runs.

/** A frame at 60 Hz, the rate headless Chromium renders at. */
export const frameMs = 1000 / 60;
export const minRoundsForVerdict = 10;

/** Scale runs: Plugboard's open() → list per number of integrations, and search keys at the largest. */
export interface ScaleSummary {
  sizes: Array<{ size: number; openToList: Stats | null; tokenToList: Stats | null }>;
  /** Key pressed → filtered list painted, every key of every run at the largest size. */
  searchKey: Stats | null;
}

export interface GoalInput {
  summaries: MetricSummary[];
  sizes: SizeReport;
  toList: BytesToList | null;
  scale: ScaleSummary | null;
}

export type Verdict = 'PASS' | 'FAIL' | 'n/a';

export interface GoalRow {
  goal: string;
  measured: string;
  limit: string;
  verdict: Verdict;
}

interface Goal {
  goal: string;
  limit: number;
  format: (value: number) => string;
  value: (input: GoalInput) => number | null;
}

const summaryOf = (input: GoalInput, metric: MetricName, cpuRate: number) =>
  input.summaries.find((summary) => summary.metric === metric && summary.cpuRate === cpuRate);
const ratio = (metric: MetricName, cpuRate: number) => (input: GoalInput) => summaryOf(input, metric, cpuRate)?.ratio ?? null;
const widgetMedian = (metric: MetricName, cpuRate: number) => (input: GoalInput) => summaryOf(input, metric, cpuRate)?.widget?.median ?? null;

const times = (value: number) => `${value.toFixed(2)}×`;
const count = (value: number) => String(Math.round(value * 10) / 10);
const ms = (value: number) => `${Math.round(value)} ms`;
const frames = (value: number) => `${value.toFixed(1)} frames`;
const mib = (value: number) => `${(value / 1024 / 1024).toFixed(2)} MiB`;
const kb = (value: number) => `${(value / 1000).toFixed(1)} KB`;

function scaleRatio(input: GoalInput): number | null {
  const sizes = input.scale?.sizes ?? [];
  const [smallest, largest] = [sizes[0]?.openToList, sizes[sizes.length - 1]?.openToList];
  return smallest && largest && sizes.length > 1 && smallest.median > 0 ? largest.median / smallest.median : null;
}

export const goals: Goal[] = [
  { goal: 'open() → list ÷ floor', limit: 1.25, format: times, value: ratio('openToList', 1) },
  { goal: 'open() → list ÷ floor, 4× CPU', limit: 1.25, format: times, value: ratio('openToList', 4) },
  { goal: 'token → list ÷ floor', limit: 1.4, format: times, value: ratio('tokenToList', 1) },
  { goal: 'token → list ÷ floor, 4× CPU', limit: 1.4, format: times, value: ratio('tokenToList', 4) },
  { goal: 'token → form (single integration) ÷ floor', limit: 1.4, format: times, value: ratio('tokenToForm', 1) },
  { goal: 'token → form (single integration) ÷ floor, 4× CPU', limit: 1.4, format: times, value: ratio('tokenToForm', 4) },
  {
    goal: 'data received → list painted, in 60 Hz frames',
    limit: 2,
    format: frames,
    value: (input) => {
      const value = widgetMedian('dataToList', 1)(input);
      return value === null ? null : value / frameMs;
    },
  },
  { goal: 'long tasks before the list, 4× CPU', limit: 0, format: count, value: widgetMedian('longTasks', 4) },
  { goal: 'total blocking time before the list, 4× CPU', limit: 50, format: ms, value: widgetMedian('tbt', 4) },
  { goal: 'requests from the frame before the list', limit: 8, format: count, value: widgetMedian('requests', 1) },
  { goal: 'JS heap after the list', limit: 1.2 * 1024 * 1024, format: mib, value: widgetMedian('heapBytes', 1) },
  { goal: 'first screen, brotli', limit: 15_000, format: kb, value: (input) => input.sizes.firstScreenTotal.brotli },
  { goal: 'downloaded before the list, brotli', limit: 25_000, format: kb, value: (input) => input.toList?.total.brotli ?? null },
  {
    goal: 'script-tag SDK, brotli',
    limit: 2_000,
    format: kb,
    value: (input) => input.sizes.sdk.find(({ file }) => file === sdkFiles.scriptTag)?.brotli ?? null,
  },
  { goal: 'open() → list, largest ÷ smallest session (scale)', limit: 1.5, format: times, value: scaleRatio },
  {
    goal: 'search key → results painted, largest session',
    limit: 2 * frameMs,
    format: ms,
    value: (input) => input.scale?.searchKey?.median ?? null,
  },
];

/** Every goal with what was measured and whether it is met; `n/a` when it was not measured. */
export function judgeGoals(input: GoalInput): GoalRow[] {
  return goals.map(({ goal, limit, format, value }) => {
    const measured = value(input);
    if (measured === null || !Number.isFinite(measured)) return { goal, measured: 'n/a', limit: `≤ ${format(limit)}`, verdict: 'n/a' };
    return { goal, measured: format(measured), limit: `≤ ${format(limit)}`, verdict: measured <= limit ? 'PASS' : 'FAIL' };
  });
}
