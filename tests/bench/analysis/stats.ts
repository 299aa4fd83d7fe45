/** Small statistics for the timing benchmarks. */

/** The `q` quantile of `values` (nearest rank, no interpolation). */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/** "median 12.3 ms  p95 20.1 ms" of per-page times. */
export const summary = (times: number[]): string =>
  `median ${quantile(times, 0.5).toFixed(1)} ms  p95 ${quantile(times, 0.95).toFixed(1)} ms`;
