import { performance } from 'node:perf_hooks';

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Milliseconds one call of `fn` takes. */
export function timeOnce(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** The first (cold) call and the median of `runs` further calls, in ms. */
export function timeRuns(runs: number, fn: () => void): { firstMs: number; medianMs: number } {
  const firstMs = timeOnce(fn);
  return { firstMs, medianMs: median(Array.from({ length: runs }, () => timeOnce(fn))) };
}

/** Calls `fn` for at least `ms` (after one warm-up call); returns calls per second. */
export function rate(ms: number, fn: () => void): number {
  fn();
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    fn();
    calls++;
    elapsed = performance.now() - start;
  }
  return (calls * 1000) / elapsed;
}
