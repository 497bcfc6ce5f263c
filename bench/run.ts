import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { listIntegrations, type BenchIntegration } from './api-session';
import { launchBenchBrowser } from './browser';
import { bytesToList, type BytesToList } from './bytes-to-list';
import { loadMetrics, timingMetrics, type MetricName } from './metrics';
import { planRuns } from './plan';
import { runPlanned, type RunnerEnv } from './runner';
import { measureSizes, type SizeReport } from './sizes';
import { startBenchStack } from './stack';
import { summarizeRuns, type RunRecord } from './summary';
import { sizeTable, timingTable } from './table';

// `npm run bench` (after `npm run build`): sizes of dist/, then timings of the built widget against
// the floor page, in headless Chromium, against the reference API on loopback.
// `npm run bench -- --rounds 3` for a quick look; 10 rounds by default.

const cpuRates = [1, 4];
const metrics = [...Object.keys(timingMetrics), ...Object.keys(loadMetrics)] as MetricName[];

function roundsFromArgs(args: string[]): number {
  const index = args.indexOf('--rounds');
  const rounds = index === -1 ? 10 : Number(args[index + 1]);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds takes a whole number ≥ 1');
  return rounds;
}

function pick(integrations: BenchIntegration[], provider: string): BenchIntegration {
  const found = integrations.find((integration) => integration.provider === provider);
  if (!found) throw new Error(`The reference API has no ${provider} integration`);
  return found;
}

async function runAll(env: RunnerEnv, rounds: number): Promise<RunRecord[]> {
  // Warm-up, not recorded: the first context of a fresh browser and a fresh server pay one-off costs.
  for (const target of ['widget', 'floor'] as const) await runPlanned(env, { scenario: 'list', target, cpuRate: 1, round: -1 });
  const records: RunRecord[] = [];
  for (const planned of planRuns({ rounds, cpuRates })) {
    const record = await runPlanned(env, planned);
    process.stderr.write(record.error ? 'x' : '.');
    records.push(record);
  }
  process.stderr.write('\n');
  return records;
}

interface Report {
  rounds: number;
  sizes: SizeReport;
  toList: BytesToList | null;
  integrations: number;
  records: RunRecord[];
  machine: { cpus: number; loadAverage: number[] } & Record<string, unknown>;
}

/** The tables on stdout, everything (every run included) in bench/results.json. */
function writeReport({ rounds, sizes, toList, integrations, records, machine }: Report): void {
  const summary = summarizeRuns(records, metrics, cpuRates);
  const problems = [...new Set(records.flatMap((record) => [...record.notes, ...(record.error ? [`${record.target} ${record.scenario}: ${record.error}`] : [])]))];
  writeFileSync('bench/results.json', JSON.stringify({ date: new Date().toISOString(), machine, rounds, sizes, toList, summary, problems, records }, null, 2));
  const setting = `${rounds} cold runs each, ${integrations} integrations, ${machine.cpus} CPUs, load average ${machine.loadAverage[0].toFixed(1)}`;
  console.log(`\n## Sizes\n\n${sizeTable(sizes, toList)}\n\n## Timings (${setting})\n\n${timingTable(summary, cpuRates)}\n`);
  if (problems.length) console.log(`Not measured:\n${problems.map((problem) => `- ${problem}`).join('\n')}\n`);
}

async function main() {
  const rounds = roundsFromArgs(process.argv.slice(2));
  const startedAt = Date.now();
  const stack = await startBenchStack();
  const sizes = measureSizes({ uiDir: stack.uiDir, sdkDir: resolve('dist/sdk') });
  const bench = await launchBenchBrowser();
  try {
    const integrations = await listIntegrations(stack);
    const env = { bench, stack, integrations, formIntegration: pick(integrations, 'test-api-key'), oauthIntegration: pick(integrations, 'test-oauth2') };
    const records = await runAll(env, rounds);
    const widgetList = records.find((record) => record.target === 'widget' && record.scenario === 'list' && !record.error);
    const toList = widgetList ? bytesToList(widgetList.urlsBeforeList, stack.widgetUrl, stack.uiDir) : null;
    // Other processes slow both targets alike (runs alternate), but not exactly: the load
    // average says how far to trust the absolute figures.
    const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model, node: process.version, chromium: bench.browser.version(), loadAverage: loadavg() };
    writeReport({ rounds, sizes, toList, integrations: integrations.length, records, machine });
    console.log(`bench/results.json written (${Math.round((Date.now() - startedAt) / 1000)} s)`);
  } finally {
    await bench.close();
    await stack.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
