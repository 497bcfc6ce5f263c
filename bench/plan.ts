import type { Target } from './live-run';

export type Scenario = 'list' | 'form' | 'preload' | 'scale';

export interface PlannedRun {
  scenario: Scenario;
  target: Target;
  cpuRate: number;
  round: number;
  /** Scale runs: how many integrations the session allows. */
  size?: number;
}

export interface PlanOptions {
  rounds: number;
  cpuRates: number[];
  scenarios?: Scenario[];
}

/**
 * Widget and floor alternate run by run, and which goes first alternates round by round, so a
 * drift of the machine (another process, a warm disk) weighs on both alike.
 */
export function planRuns({ rounds, cpuRates, scenarios = ['list', 'form', 'preload'] }: PlanOptions): PlannedRun[] {
  const runs: PlannedRun[] = [];
  for (const cpuRate of cpuRates) {
    for (let round = 0; round < rounds; round++) {
      const targets: Target[] = round % 2 === 0 ? ['widget', 'floor'] : ['floor', 'widget'];
      for (const scenario of scenarios) for (const target of targets) runs.push({ scenario, target, cpuRate, round });
    }
  }
  return runs;
}

/**
 * Plugboard with sessions of each size, at full CPU speed; the sizes go up in one round and down
 * in the next, so a drift of the machine weighs on small and large alike.
 */
export function planScaleRuns({ rounds, sizes }: { rounds: number; sizes: number[] }): PlannedRun[] {
  const runs: PlannedRun[] = [];
  for (let round = 0; round < rounds; round++) {
    const ordered = round % 2 === 0 ? sizes : [...sizes].reverse();
    for (const size of ordered) runs.push({ scenario: 'scale', target: 'widget', cpuRate: 1, round, size });
  }
  return runs;
}
