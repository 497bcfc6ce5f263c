import type { Target } from './live-run';

export type Scenario = 'list' | 'form' | 'preload';

export interface PlannedRun {
  scenario: Scenario;
  target: Target;
  cpuRate: number;
  round: number;
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
