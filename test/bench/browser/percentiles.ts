/** The p-th percentile (0–100) of some durations, nearest rank; 0 for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

/** Milliseconds rounded to a hundredth, as the report prints them. */
export const roundMs = (ms: number) => Math.round(ms * 100) / 100;
