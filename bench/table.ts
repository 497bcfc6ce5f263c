import type { BytesToList } from './bytes-to-list';
import type { GoalRow, ScaleSummary } from './goals';
import { loadMetrics, scaleMetrics, timingMetrics, type MetricName } from './metrics';
import type { Compressed, FileSize, SizeReport } from './sizes';
import type { Stats } from './stats';
import type { MetricSummary } from './summary';

// Markdown tables, so the output can go into the README as printed.

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const labels: Record<MetricName, string> = { ...timingMetrics, ...loadMetrics, ...scaleMetrics };

function formatValue(metric: MetricName, value: number): string {
  if (metric === 'heapBytes') return `${(value / 1024 / 1024).toFixed(2)} MiB`;
  if (metric === 'longTasks' || metric === 'requests' || metric === 'preflights') return String(Math.round(value * 10) / 10);
  return `${Math.round(value)} ms`;
}

function markdown(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, index) => (index === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

const sizeRow = (name: string, size: Compressed) => [name, kb(size.raw), kb(size.gzip), kb(size.brotli)];

export function sizeTable(sizes: SizeReport, toList: BytesToList | null): string {
  const file = (prefix: string) => (size: FileSize) => sizeRow(`${prefix}${size.file}`, size);
  const rows = [
    ...sizes.firstScreen.map(file('first screen: ')),
    sizeRow('**first screen, total**', sizes.firstScreenTotal),
    ...sizes.preloaded.map(file('preloaded for the list: ')),
    sizeRow('**first screen and preloaded, total**', sizes.beforeListTotal),
    ...(toList ? [sizeRow('**downloaded before the list**', toList.total)] : []),
    ...sizes.lazy.map(file('lazy: ')),
    ...sizes.sdk.map(file('SDK: ')),
    ...sizes.bindings.map(file('binding, on top of the SDK: ')),
  ];
  return markdown(['file (dist/ui, dist/sdk)', 'raw', 'gzip', 'brotli'], rows);
}

function cell(metric: MetricName, stats: Stats | null, isRange: boolean): string {
  if (!stats) return 'n/a';
  const median = formatValue(metric, stats.median);
  return isRange ? `${median} (${formatValue(metric, stats.min)}–${formatValue(metric, stats.max)})` : median;
}

const ratioCell = (ratio: number | null) => (ratio === null ? 'n/a' : `${ratio.toFixed(2)}×`);

/** One row per metric: widget median (min–max), floor median and their ratio, per CPU rate. */
export function timingTable(summaries: MetricSummary[], cpuRates: number[]): string {
  const metrics = [...new Set(summaries.map((summary) => summary.metric))];
  const header = ['median (min–max)', ...cpuRates.flatMap((rate) => {
    const suffix = rate === 1 ? '' : ` ${rate}× CPU`;
    return [`Plugboard${suffix}`, `floor${suffix}`, `÷ floor${suffix}`];
  })];
  const rows = metrics.map((metric) => [labels[metric], ...cpuRates.flatMap((cpuRate) => {
    const summary = summaries.find((candidate) => candidate.metric === metric && candidate.cpuRate === cpuRate);
    return [cell(metric, summary?.widget ?? null, true), cell(metric, summary?.floor ?? null, false), ratioCell(summary?.ratio ?? null)];
  })]);
  return markdown(header, rows);
}

/** The issue's goals: what was measured, the limit, and whether it is met. */
export function goalTable(rows: GoalRow[]): string {
  return markdown(['goal', 'measured', 'limit', ''], rows.map(({ goal, measured, limit, verdict }) => [goal, measured, limit, verdict === 'FAIL' ? '**FAIL**' : verdict]));
}

const ms = (stats: Stats | null) => (stats ? `${Math.round(stats.median)} ms (${Math.round(stats.min)}–${Math.round(stats.max)})` : 'n/a');

/** Plugboard per session size: open() and token → first rows painted, each over the smallest size. */
export function scaleTable(scale: ScaleSummary): string {
  const base = scale.sizes[0]?.openToList?.median;
  const rows = scale.sizes.map(({ size, openToList, tokenToList }) => [
    `${size.toLocaleString('en-US')} integrations`,
    ms(openToList),
    ms(tokenToList),
    openToList && base ? `${(openToList.median / base).toFixed(2)}×` : 'n/a',
  ]);
  const search = scale.searchKey;
  const keys = search ? `${Math.round(search.median)} ms median over ${search.n} keys (${Math.round(search.min)}–${Math.round(search.max)})` : 'n/a';
  const largest = scale.sizes.at(-1)?.size.toLocaleString('en-US') ?? '?';
  return `${markdown(['median (min–max)', 'open() → list', 'token → list', `open() → list ÷ ${scale.sizes[0]?.size ?? '?'}`], rows)}\n\nSearch with ${largest} integrations, key pressed → filtered list painted: ${keys}.`;
}

/** One run's requests before the list, in order: method, kind and where (widget, API or elsewhere). */
export function requestTable(requests: Array<{ method: string; type: string; url: string }>, origins: Record<string, string>): string {
  const rows = requests.map(({ method, type, url }, index) => {
    const parsed = new URL(url);
    return [String(index + 1), method, type, `${origins[parsed.origin] ?? parsed.origin} ${parsed.pathname}`];
  });
  return markdown(['#', 'method', 'kind', 'request'], rows);
}
