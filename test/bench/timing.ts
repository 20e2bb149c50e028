// Median, 95th and 99th percentile of a list of timings, shared by the benchmarks.

export interface Timing {
  median: number;
  p95: number;
  p99: number;
}

export function summarise(milliseconds: number[]): Timing {
  const sorted = [...milliseconds].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)] ?? 0,
    p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0,
    p99: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0,
  };
}
