import type { TimingMetric } from './metrics';
import { median, quantile } from './stats';
import type { RunRecord } from './summary';

// When is a run too noisy to report? The floor page does the same small thing every time, so
// its own spread is the machine's: other processes, a thermal throttle, a disk flushing. If the
// floor wobbles, every ratio to it wobbles too. Two tests, per CPU rate, on the floor's runs:
// - spread: the interquartile range over the median (a robust coefficient of variation);
// - drift: how far the median of the second half of the runs moved from that of the first half
//   (the machine got busier or quieter while the benchmark ran; runs alternate, so both targets
//   saw it, but not equally).

export const noiseRule = {
  /** The floor's metrics that are judged: those the headline ratios divide by. */
  metrics: ['openToList', 'tokenToList'] as TimingMetric[],
  /** IQR ÷ median above this: too noisy. */
  maxSpread: 0.25,
  /** |median of the second half − median of the first half| ÷ median above this: too noisy. */
  maxDrift: 0.15,
  /** Fewer floor runs than this (per metric and CPU rate) cannot be judged. */
  minRuns: 6,
} as const;

export interface NoiseCheck {
  metric: TimingMetric;
  cpuRate: number;
  n: number;
  spread: number;
  drift: number;
}

export interface NoiseVerdict {
  checks: NoiseCheck[];
  /** One line per metric and CPU rate that broke a limit, naming both. */
  problems: string[];
  /** Metrics that had too few runs to be judged. */
  unjudged: string[];
}

const percent = (value: number) => `${Math.round(value * 100)}%`;
const where = (metric: string, cpuRate: number) => `floor ${metric}${cpuRate === 1 ? '' : ` at ${cpuRate}× CPU`}`;

/** The floor's values of `metric` at `cpuRate`, in the order they were measured. */
function floorValues(records: RunRecord[], metric: TimingMetric, cpuRate: number): number[] {
  return records
    .filter((record) => record.target === 'floor' && record.cpuRate === cpuRate && !record.error)
    .map((record) => record.metrics[metric])
    .filter((value): value is number => value !== undefined);
}

export function measureNoise(values: readonly number[]): { spread: number; drift: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = quantile(sorted, 0.5);
  const half = Math.floor(values.length / 2);
  const [first, second] = [values.slice(0, half), values.slice(values.length - half)];
  return {
    spread: (quantile(sorted, 0.75) - quantile(sorted, 0.25)) / middle,
    drift: Math.abs(median(second) - median(first)) / middle,
  };
}

export function judgeNoise(records: RunRecord[], cpuRates: number[], rule = noiseRule): NoiseVerdict {
  const verdict: NoiseVerdict = { checks: [], problems: [], unjudged: [] };
  for (const cpuRate of cpuRates) {
    for (const metric of rule.metrics) {
      const values = floorValues(records, metric, cpuRate);
      if (values.length < rule.minRuns) {
        verdict.unjudged.push(`${where(metric, cpuRate)}: ${values.length} runs (at least ${rule.minRuns} needed)`);
        continue;
      }
      const { spread, drift } = measureNoise(values);
      verdict.checks.push({ metric, cpuRate, n: values.length, spread, drift });
      if (spread > rule.maxSpread) {
        verdict.problems.push(`${where(metric, cpuRate)}: the interquartile range is ${percent(spread)} of the median (limit ${percent(rule.maxSpread)})`);
      }
      if (drift > rule.maxDrift) {
        verdict.problems.push(`${where(metric, cpuRate)}: the median moved ${percent(drift)} between the first and the second half of the runs (limit ${percent(rule.maxDrift)})`);
      }
    }
  }
  return verdict;
}
