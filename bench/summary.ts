import type { MetricName, Metrics } from './metrics';
import type { PlannedRun } from './plan';
import type { ScenarioResult } from './scenarios';
import type { ScaleSummary } from './goals';
import { summarize, type Stats } from './stats';

export interface RunRecord extends PlannedRun {
  metrics: Metrics;
  urlsBeforeList: string[];
  requestsBeforeList?: ScenarioResult['requestsBeforeList'];
  keyLatencies?: number[];
  notes: string[];
  /** Set when the run failed before it measured anything. */
  error?: string;
  /** Wall time of the whole run, browser context included. */
  durationMs?: number;
}

export interface MetricSummary {
  metric: MetricName;
  cpuRate: number;
  widget: Stats | null;
  floor: Stats | null;
  /** Widget median over floor median. */
  ratio: number | null;
}

function statsOf(records: RunRecord[], metric: MetricName, cpuRate: number, target: PlannedRun['target']): Stats | null {
  const values = records
    .filter((record) => record.scenario !== 'scale' && record.cpuRate === cpuRate && record.target === target)
    .map((record) => record.metrics[metric])
    .filter((value): value is number => value !== undefined);
  return summarize(values);
}

/** Per metric and CPU rate: the widget's and the floor's min/median/max, and their ratio. */
export function summarizeRuns(records: RunRecord[], metrics: MetricName[], cpuRates: number[]): MetricSummary[] {
  return cpuRates.flatMap((cpuRate) =>
    metrics.map((metric) => {
      const widget = statsOf(records, metric, cpuRate, 'widget');
      const floor = statsOf(records, metric, cpuRate, 'floor');
      const ratio = widget && floor && floor.median > 0 ? widget.median / floor.median : null;
      return { metric, cpuRate, widget, floor, ratio };
    }),
  );
}

/** Scale runs: open() and token → list per session size, and every search key at the size typed into. */
export function summarizeScale(records: RunRecord[], sizes: number[]): ScaleSummary {
  const scale = records.filter((record) => record.scenario === 'scale' && !record.error);
  const valuesOf = (size: number, metric: 'openToList' | 'tokenToList') =>
    scale.filter((record) => record.size === size).map((record) => record.metrics[metric]).filter((value): value is number => value !== undefined);
  return {
    sizes: sizes.map((size) => ({ size, openToList: summarize(valuesOf(size, 'openToList')), tokenToList: summarize(valuesOf(size, 'tokenToList')) })),
    searchKey: summarize(scale.flatMap((record) => record.keyLatencies ?? [])),
  };
}
