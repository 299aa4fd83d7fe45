/** Percentiles for benchmark reports. */

/** The p-th percentile (0..100) by nearest rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

/** "p50 x ms, p95 y ms, max z ms". */
export function describeTimes(values: number[]): string {
  const f = (n: number) => n.toFixed(1);
  return `p50 ${f(percentile(values, 50))} ms, p95 ${f(percentile(values, 95))} ms, max ${f(Math.max(...values))} ms (n=${values.length})`;
}
