import { bulkKey, bulkName } from '../e2e/support/bulk-integrations';
import { createSessionToken, type BenchIntegration } from './api-session';
import type { BenchBrowser } from './browser';
import { startRun } from './live-run';
import type { PlannedRun } from './plan';
import { measureForm, measureList, measurePreload, measureScale, type ScenarioResult } from './scenarios';
import type { BenchStack } from './stack';
import type { RunRecord } from './summary';

export interface RunnerEnv {
  bench: BenchBrowser;
  stack: BenchStack;
  /** The demo integrations: the list of the list and preload runs. */
  integrations: BenchIntegration[];
  /** Shown in a single-integration session: goes straight to the form. */
  formIntegration: BenchIntegration;
  /** Clicked for the OAuth popup. */
  oauthIntegration: BenchIntegration;
  /** Scale runs: the session size at which search is typed into, and what is typed. */
  search: { size: number; text: string };
}

/** The list counts as shown once its first rows are: a long list renders only those in view. */
const firstRowsShown = 3;

const retryAfterMs = 5_000;

/**
 * One planned run; a run that fails is tried once more a little later (dist/sdk being rebuilt
 * under the host page, a stalled machine), and if it fails again its error is recorded. Never throws.
 */
export async function runPlanned(env: RunnerEnv, planned: PlannedRun): Promise<RunRecord> {
  const first = await runOnce(env, planned);
  if (!first.error) return first;
  await new Promise((resolve) => setTimeout(resolve, retryAfterMs));
  return runOnce(env, planned);
}

/** One planned run in its own browser context, with a fresh session token. */
async function runOnce(env: RunnerEnv, planned: PlannedRun): Promise<RunRecord> {
  const startedAt = Date.now();
  const record = await measureOnce(env, planned);
  return { ...record, durationMs: Date.now() - startedAt };
}

async function measureOnce(env: RunnerEnv, planned: PlannedRun): Promise<RunRecord> {
  const { allowed, listNames } = sessionOf(env, planned);
  const token = await createSessionToken(env.stack, allowed);
  const run = await startRun({ bench: env.bench, stack: env.stack, target: planned.target, cpuRate: planned.cpuRate, listNames });
  try {
    const result = await scenario(env, planned, run, token);
    return { ...planned, ...result };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ...planned, metrics: {}, urlsBeforeList: [], notes: [], error: message };
  } finally {
    await run.close();
  }
}

/** The integrations the run's session allows, and the names whose painting marks the list. */
function sessionOf(env: RunnerEnv, planned: PlannedRun): { allowed: string[]; listNames: string[] } {
  if (planned.scenario === 'form') return { allowed: [env.formIntegration.uniqueKey], listNames: [env.formIntegration.displayName] };
  if (planned.scenario === 'scale') {
    const indices = Array.from({ length: planned.size ?? 0 }, (_, index) => index);
    return { allowed: indices.map(bulkKey), listNames: indices.slice(0, firstRowsShown).map(bulkName) };
  }
  return { allowed: env.integrations.map(({ uniqueKey }) => uniqueKey), listNames: env.integrations.map(({ displayName }) => displayName) };
}

function scenario(env: RunnerEnv, planned: PlannedRun, run: Awaited<ReturnType<typeof startRun>>, token: string): Promise<ScenarioResult> {
  switch (planned.scenario) {
    case 'list':
      return measureList(run, token, env.oauthIntegration.displayName);
    case 'form':
      return measureForm(run, token, planned.target === 'floor');
    case 'preload':
      return measurePreload(run);
    case 'scale':
      return measureScale(run, token, planned.size === env.search.size ? env.search.text : null);
    default: {
      const unknown: never = planned.scenario;
      throw new Error(`Unknown scenario ${String(unknown)}`);
    }
  }
}
