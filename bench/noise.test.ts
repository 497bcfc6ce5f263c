import { describe, expect, it } from 'vitest';
import type { Metrics } from './metrics';
import { judgeNoise, measureNoise, noiseRule } from './noise';
import type { RunRecord } from './summary';

const run = (target: 'widget' | 'floor', cpuRate: number, metrics: Metrics, round = 0): RunRecord =>
  ({ scenario: 'list', target, cpuRate, round, metrics, urlsBeforeList: [], notes: [] });

/** Floor and widget runs alternating, the floor's open→list and token→list taken from `floor`. */
const runs = (floor: number[], cpuRate = 1) =>
  floor.flatMap((value, round) => [run('widget', cpuRate, { openToList: 999, tokenToList: 999 }, round), run('floor', cpuRate, { openToList: value, tokenToList: value / 3 }, round)]);

describe('measureNoise', () => {
  it('is the interquartile range over the median, and the move of the median between halves', () => {
    const { spread, drift } = measureNoise([100, 110, 90, 100, 120, 80, 100, 100]);
    expect(spread).toBeCloseTo(0.05, 5); // quartiles 97.5 and 102.5, median 100
    expect(drift).toBe(0);
    expect(measureNoise([100, 100, 100, 100, 130, 130, 130, 130]).drift).toBeCloseTo(30 / 115, 5);
  });
});

describe('judgeNoise', () => {
  it('passes steady floor runs', () => {
    const verdict = judgeNoise(runs([180, 185, 176, 190, 182, 179, 184, 181, 186, 178]), [1]);
    expect(verdict.problems).toEqual([]);
    expect(verdict.checks.map(({ metric, n }) => [metric, n])).toEqual([['openToList', 10], ['tokenToList', 10]]);
  });

  it('fails runs whose floor spreads too wide, naming the metric and CPU rate', () => {
    const verdict = judgeNoise(runs([180, 320, 150, 260, 175, 400, 140, 300, 190, 230], 4), [4]);
    expect(verdict.problems[0]).toMatch(/^floor openToList at 4× CPU: the interquartile range is \d+% of the median \(limit 25%\)$/);
  });

  it('fails runs whose floor drifted between the first and the second half', () => {
    // Each half is steady; the machine got busier in the middle.
    const verdict = judgeNoise(runs([180, 182, 181, 183, 180, 240, 242, 239, 241, 240]), [1]);
    expect(verdict.problems).toContain('floor openToList: the median moved 28% between the first and the second half of the runs (limit 15%)'); // 181 → 240, median 211
  });

  it('does not judge too few runs, and says so', () => {
    const verdict = judgeNoise(runs([180, 400, 100]), [1]);
    expect(verdict.problems).toEqual([]);
    expect(verdict.unjudged[0]).toBe(`floor openToList: 3 runs (at least ${noiseRule.minRuns} needed)`);
  });

  it('looks at the floor only: a noisy widget is a result, not noise', () => {
    const records = runs([180, 182, 181, 183, 180, 181, 182, 180]).map((record) =>
      record.target === 'widget' ? { ...record, metrics: { openToList: 100 + Math.random() * 900 } } : record);
    expect(judgeNoise(records, [1]).problems).toEqual([]);
  });
});
