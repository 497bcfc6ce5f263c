import { createSessionToken, type BenchIntegration } from './api-session';
import type { BenchBrowser } from './browser';
import { startRun } from './live-run';
import type { PlannedRun } from './plan';
import { measureForm, measureList, measurePreload, type ScenarioResult } from './scenarios';
import type { BenchStack } from './stack';
import type { RunRecord } from './summary';

export interface RunnerEnv {
  bench: BenchBrowser;
  stack: BenchStack;
  integrations: BenchIntegration[];
  /** Shown in a single-integration session: goes straight to the form. */
  formIntegration: BenchIntegration;
  /** Clicked for the OAuth popup. */
  oauthIntegration: BenchIntegration;
}

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
  const isForm = planned.scenario === 'form';
  const allowed = isForm ? [env.formIntegration] : env.integrations;
  const token = await createSessionToken(env.stack, isForm ? [env.formIntegration.uniqueKey] : undefined);
  const listNames = allowed.map((integration) => integration.displayName);
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

function scenario(env: RunnerEnv, planned: PlannedRun, run: Awaited<ReturnType<typeof startRun>>, token: string): Promise<ScenarioResult> {
  switch (planned.scenario) {
    case 'list':
      return measureList(run, token, env.oauthIntegration.displayName);
    case 'form':
      return measureForm(run, token, planned.target === 'floor');
    case 'preload':
      return measurePreload(run);
    default: {
      const unknown: never = planned.scenario;
      throw new Error(`Unknown scenario ${String(unknown)}`);
    }
  }
}
