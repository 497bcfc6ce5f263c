import { describe, expect, it } from 'vitest';
import { blockingUntil } from './metrics';
import { quantile, summarize } from './stats';

describe('summarize', () => {
  it('gives min, median and max of odd and even counts', () => {
    expect(summarize([5, 1, 3])).toEqual({ n: 3, min: 1, median: 3, max: 5 });
    expect(summarize([4, 1, 3, 2])).toEqual({ n: 4, min: 1, median: 2.5, max: 4 });
  });

  it('is null when nothing was measured', () => {
    expect(summarize([])).toBeNull();
  });
});

describe('blockingUntil', () => {
  it('counts the long tasks that started before the list and what each blocked beyond 50 ms', () => {
    const tasks = [{ start: 10, duration: 120 }, { start: 200, duration: 55 }, { start: 400, duration: 300 }];
    expect(blockingUntil(tasks, 300)).toEqual({ longTasks: 2, tbt: 75 });
  });
});

describe('quantile', () => {
  it('interpolates between neighbours', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([1, 2, 3, 4], 0.75)).toBe(3.25);
    expect(quantile([7], 0.75)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
  });
});
