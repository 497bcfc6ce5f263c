import { describe, expect, it } from 'vitest';
import { planRuns, planScaleRuns } from './plan';

describe('planRuns', () => {
  it('alternates widget and floor, and which of them goes first', () => {
    const runs = planRuns({ rounds: 2, cpuRates: [1], scenarios: ['list'] });
    expect(runs.map(({ target }) => target)).toEqual(['widget', 'floor', 'floor', 'widget']);
  });

  it('runs every scenario for both targets, every round, at every CPU rate', () => {
    expect(planRuns({ rounds: 10, cpuRates: [1, 4] })).toHaveLength(10 * 2 * 3 * 2);
  });

  it('runs every session size every round, up then down, Plugboard only at full speed', () => {
    const runs = planScaleRuns({ rounds: 2, sizes: [50, 500, 5000] });
    expect(runs.map(({ size }) => size)).toEqual([50, 500, 5000, 5000, 500, 50]);
    expect(new Set(runs.map(({ scenario, target, cpuRate }) => `${scenario} ${target} ${cpuRate}`))).toEqual(new Set(['scale widget 1']));
  });
});
