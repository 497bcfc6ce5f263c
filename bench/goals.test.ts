import { describe, expect, it } from 'vitest';
import { goals, judgeGoals, type GoalInput } from './goals';
import type { MetricName } from './metrics';
import type { SizeReport } from './sizes';
import type { Stats } from './stats';
import type { MetricSummary } from './summary';

const stats = (median: number): Stats => ({ n: 10, min: median, median, max: median });
const size = (brotli: number) => ({ raw: brotli * 3, gzip: brotli + 100, brotli });

function summary(metric: MetricName, cpuRate: number, widget: number, floor: number): MetricSummary {
  return { metric, cpuRate, widget: stats(widget), floor: stats(floor), ratio: floor > 0 ? widget / floor : null };
}

const sizes: SizeReport = {
  firstScreen: [{ file: 'index.html', ...size(300) }],
  firstScreenTotal: size(14_900),
  preloaded: [{ file: 'assets/render-a.js', ...size(10_000) }],
  beforeListTotal: size(24_900),
  lazy: [],
  sdk: [{ file: 'plugboard.js', ...size(2_200) }, { file: 'plugboard.iife.js', ...size(1_900) }],
  bindings: [],
};

const input: GoalInput = {
  summaries: [
    summary('openToList', 1, 240, 200), // 1.20× ✓
    summary('openToList', 4, 800, 600), // 1.33× ✗
    summary('tokenToList', 1, 80, 60),
    summary('tokenToList', 4, 300, 200),
    summary('tokenToForm', 1, 70, 60),
    summary('dataToList', 1, 30, 10), // 1.8 frames ✓
    summary('longTasks', 4, 1, 0),
    summary('tbt', 4, 40, 0),
    summary('requests', 1, 9, 6),
    summary('heapBytes', 1, 1.1 * 1024 * 1024, 0.8 * 1024 * 1024),
  ],
  sizes,
  toList: { files: [], total: size(26_000) },
  scale: { sizes: [{ size: 50, openToList: stats(300), tokenToList: null }, { size: 5000, openToList: stats(420), tokenToList: null }], searchKey: stats(20) },
};

const verdicts = () => Object.fromEntries(judgeGoals(input).map(({ goal, measured, verdict }) => [goal, `${verdict} ${measured}`]));

describe('judgeGoals', () => {
  it('judges each goal of the issue against its limit', () => {
    expect(verdicts()).toEqual({
      'open() → list ÷ floor': 'PASS 1.20×',
      'open() → list ÷ floor, 4× CPU': 'FAIL 1.33×',
      'token → list ÷ floor': 'PASS 1.33×',
      'token → list ÷ floor, 4× CPU': 'FAIL 1.50×',
      'token → form (single integration) ÷ floor': 'PASS 1.17×',
      'token → form (single integration) ÷ floor, 4× CPU': 'n/a n/a',
      'data received → list painted, in 60 Hz frames': 'PASS 1.8 frames',
      'long tasks before the list, 4× CPU': 'FAIL 1',
      'total blocking time before the list, 4× CPU': 'PASS 40 ms',
      'requests from the frame before the list': 'FAIL 9',
      'JS heap after the list': 'PASS 1.10 MiB',
      'first screen, brotli': 'PASS 14.9 KB',
      'downloaded before the list, brotli': 'FAIL 26.0 KB',
      'script-tag SDK, brotli': 'PASS 1.9 KB',
      'open() → list, largest ÷ smallest session (scale)': 'PASS 1.40×',
      'search key → results painted, largest session': 'PASS 20 ms',
    });
  });

  it('states each limit as the issue does', () => {
    expect(judgeGoals(input).map(({ limit }) => limit)).toEqual([
      '≤ 1.25×', '≤ 1.25×', '≤ 1.40×', '≤ 1.40×', '≤ 1.40×', '≤ 1.40×', '≤ 2.0 frames', '≤ 0', '≤ 50 ms', '≤ 8', '≤ 1.20 MiB',
      '≤ 15.0 KB', '≤ 25.0 KB', '≤ 2.0 KB', '≤ 1.50×', '≤ 33 ms',
    ]);
    expect(goals).toHaveLength(16);
  });

  it('is n/a, never a pass, for what was not measured', () => {
    const rows = judgeGoals({ ...input, summaries: [], toList: null, scale: null });
    expect(rows.filter(({ verdict }) => verdict === 'PASS').map(({ goal }) => goal)).toEqual(['first screen, brotli', 'script-tag SDK, brotli']);
    expect(rows.filter(({ verdict }) => verdict === 'FAIL')).toEqual([]);
  });
});
