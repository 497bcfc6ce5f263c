import { describe, expect, it } from 'vitest';
import { planRuns } from './plan';

describe('planRuns', () => {
  it('alternates widget and floor, and which of them goes first', () => {
    const runs = planRuns({ rounds: 2, cpuRates: [1], scenarios: ['list'] });
    expect(runs.map(({ target }) => target)).toEqual(['widget', 'floor', 'floor', 'widget']);
  });

  it('runs every scenario for both targets, every round, at every CPU rate', () => {
    expect(planRuns({ rounds: 10, cpuRates: [1, 4] })).toHaveLength(10 * 2 * 3 * 2);
  });
});
