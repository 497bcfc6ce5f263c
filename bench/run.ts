import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { bulkName, isBulkKey } from '../e2e/support/bulk-integrations';
import { listIntegrations, type BenchIntegration } from './api-session';
import { launchBenchBrowser } from './browser';
import { bytesToList, type BytesToList } from './bytes-to-list';
import { judgeGoals, minRoundsForVerdict, type GoalRow, type ScaleSummary } from './goals';
import { loadMetrics, timingMetrics, type MetricName } from './metrics';
import { judgeNoise, noiseRule, type NoiseVerdict } from './noise';
import { planRuns, planScaleRuns, type PlannedRun } from './plan';
import { runPlanned, type RunnerEnv } from './runner';
import { measureSizes, type SizeReport } from './sizes';
import { startBenchStack, type BenchStack } from './stack';
import { summarizeRuns, summarizeScale, type RunRecord } from './summary';
import { goalTable, requestTable, scaleTable, sizeTable, timingTable } from './table';

// `npm run bench` (after `npm run build`): sizes of dist/, then timings of the built widget against
// the floor page, in headless Chromium, against the reference API on loopback, then Plugboard with
// sessions of 50, 500 and 5,000 integrations. 10 rounds by default; for a quick look:
// `npm run bench -- --rounds 3 --scale-rounds 2` (too few runs to judge noise or goals).
// Exits non-zero when the run is too noisy to trust (bench/noise.ts says how that is judged).

const cpuRates = [1, 4];
const largestSize = 5_000;
const scaleSizes = [50, 500, largestSize];
// Typed at the largest size: most of the name of an integration near the end of the list.
const searchText = bulkName(largestSize - 13).toLowerCase().replace(/^bulk /, '');
const metrics = [...Object.keys(timingMetrics), ...Object.keys(loadMetrics)] as MetricName[];

function wholeNumberArg(args: string[], flag: string, fallback: number, min: number): number {
  const index = args.indexOf(flag);
  const value = index === -1 ? fallback : Number(args[index + 1]);
  if (!Number.isInteger(value) || value < min) throw new Error(`${flag} takes a whole number ≥ ${min}`);
  return value;
}

function pick(integrations: BenchIntegration[], provider: string): BenchIntegration {
  const found = integrations.find((integration) => integration.provider === provider);
  if (!found) throw new Error(`The reference API has no ${provider} integration`);
  return found;
}

async function runEach(env: RunnerEnv, planned: PlannedRun[]): Promise<RunRecord[]> {
  const records: RunRecord[] = [];
  for (const run of planned) {
    const record = await runPlanned(env, run);
    process.stderr.write(record.error ? 'x' : '.');
    records.push(record);
  }
  process.stderr.write('\n');
  return records;
}

async function runAll(env: RunnerEnv, rounds: number, scaleRounds: number): Promise<RunRecord[]> {
  // Warm-up, not recorded: the first context of a fresh browser and a fresh server pay one-off costs.
  for (const target of ['widget', 'floor'] as const) await runPlanned(env, { scenario: 'list', target, cpuRate: 1, round: -1 });
  const main = await runEach(env, planRuns({ rounds, cpuRates }));
  return [...main, ...(await runEach(env, planScaleRuns({ rounds: scaleRounds, sizes: scaleSizes })))];
}

interface Report {
  rounds: number;
  scaleRounds: number;
  sizes: SizeReport;
  toList: BytesToList | null;
  integrations: number;
  records: RunRecord[];
  stack: BenchStack;
  machine: { cpus: number; loadAverage: number[] } & Record<string, unknown>;
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

function noiseSection(noise: NoiseVerdict): string {
  const rule = `Rule: on the floor's own runs of ${noiseRule.metrics.join(' and ')}, at each CPU rate, the interquartile range must stay within ${percent(noiseRule.maxSpread)} of the median and the median must not move more than ${percent(noiseRule.maxDrift)} between the first and the second half of the runs (at least ${noiseRule.minRuns} runs to judge).`;
  const checks = noise.checks.map(({ metric, cpuRate, n, spread, drift }) => `- floor ${metric}${cpuRate === 1 ? '' : `, ${cpuRate}× CPU`}: spread ${percent(spread)}, drift ${percent(drift)} (${n} runs)`);
  const unjudged = noise.unjudged.map((line) => `- not judged: ${line}`);
  return [rule, '', ...checks, ...unjudged].join('\n');
}

/** The tables on stdout, everything (every run included) in bench/results.json. */
function writeReport({ rounds, scaleRounds, sizes, toList, integrations, records, stack, machine }: Report): { noise: NoiseVerdict; goals: GoalRow[] } {
  const summary = summarizeRuns(records, metrics, cpuRates);
  const scale: ScaleSummary | null = scaleRounds > 0 ? summarizeScale(records, scaleSizes) : null;
  const goals = judgeGoals({ summaries: summary, sizes, toList, scale });
  const noise = judgeNoise(records, cpuRates);
  const problems = [...new Set(records.flatMap((record) => [...record.notes, ...(record.error ? [`${record.target} ${record.scenario}${record.size ? ` ${record.size}` : ''}: ${record.error}`] : [])]))];
  writeFileSync('bench/results.json', JSON.stringify({ date: new Date().toISOString(), machine, rounds, scaleRounds, sizes, toList, goals, noise, summary, scale, problems, records }, null, 2));
  const setting = `${rounds} cold runs each, ${integrations} integrations, ${machine.cpus} CPUs, load average ${machine.loadAverage[0]?.toFixed(1)}`;
  const tooFew = rounds < minRoundsForVerdict ? `\n\n${rounds} runs each: fewer than the ${minRoundsForVerdict} the goals are judged on, so these verdicts are indicative only.` : '';
  const sample = records.find((record) => record.target === 'widget' && record.scenario === 'list' && record.cpuRate === 1 && record.requestsBeforeList);
  const origins = { [new URL(stack.widgetUrl).origin]: 'widget', [new URL(stack.apiUrl).origin]: 'API' };
  console.log(`\n## Goals\n\n${goalTable(goals)}${tooFew}\n\n## Noise\n\n${noiseSection(noise)}\n`);
  console.log(`## Sizes\n\n${sizeTable(sizes, toList)}\n\n## Timings (${setting})\n\n${timingTable(summary, cpuRates)}\n`);
  if (scale) console.log(`## Scale (Plugboard only, ${scaleRounds} cold runs per size)\n\n${scaleTable(scale)}\n`);
  if (sample?.requestsBeforeList) console.log(`## Requests from the frame before the list (one run)\n\n${requestTable(sample.requestsBeforeList, origins)}\n`);
  if (problems.length) console.log(`Not measured:\n${problems.map((problem) => `- ${problem}`).join('\n')}\n`);
  return { noise, goals };
}

async function main() {
  const args = process.argv.slice(2);
  const rounds = wholeNumberArg(args, '--rounds', 10, 1);
  const scaleRounds = wholeNumberArg(args, '--scale-rounds', rounds, 0);
  const startedAt = Date.now();
  const stack = await startBenchStack({ bulk: largestSize });
  const sizes = measureSizes({ uiDir: stack.uiDir, sdkDir: resolve('dist/sdk') });
  const bench = await launchBenchBrowser();
  try {
    const integrations = (await listIntegrations(stack)).filter(({ uniqueKey }) => !isBulkKey(uniqueKey));
    const env: RunnerEnv = {
      bench,
      stack,
      integrations,
      formIntegration: pick(integrations, 'test-api-key'),
      oauthIntegration: pick(integrations, 'test-oauth2'),
      search: { size: largestSize, text: searchText },
    };
    const records = await runAll(env, rounds, scaleRounds);
    const widgetList = records.find((record) => record.target === 'widget' && record.scenario === 'list' && !record.error);
    const toList = widgetList ? bytesToList(widgetList.urlsBeforeList, stack.widgetUrl, stack.uiDir) : null;
    // Other processes slow both targets alike (runs alternate), but not exactly: the load
    // average says how far to trust the absolute figures, the noise check whether to trust any.
    const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model, node: process.version, chromium: bench.browser.version(), loadAverage: loadavg() };
    const { noise } = writeReport({ rounds, scaleRounds, sizes, toList, integrations: integrations.length, records, stack, machine });
    console.log(`bench/results.json written (${Math.round((Date.now() - startedAt) / 1000)} s)`);
    if (noise.problems.length > 0) {
      console.error(`\nTOO NOISY: this run cannot be trusted; run it again on a quieter machine.\n${noise.problems.map((problem) => `- ${problem}`).join('\n')}`);
      process.exitCode = 1;
    }
  } finally {
    await bench.close();
    await stack.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
