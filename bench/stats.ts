export interface Stats {
  n: number;
  min: number;
  median: number;
  max: number;
}

/** The `q` quantile (0–1) of sorted values, interpolated between neighbours (as R's default, type 7). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const below = Math.floor(at);
  const lower = sorted[below] ?? NaN;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] ?? lower;
  return lower + (upper - lower) * (at - below);
}

export function median(values: readonly number[]): number {
  return quantile([...values].sort((a, b) => a - b), 0.5);
}

/** Min, median and max; `null` when nothing was measured. */
export function summarize(values: number[]): Stats | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, min: sorted[0] ?? NaN, median: quantile(sorted, 0.5), max: sorted[sorted.length - 1] ?? NaN };
}
