import { describe, expect, it } from 'vitest';
import { percentile, summarize } from './stats';

describe('load statistics', () => {
  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBe(0);
  });

  it('summarizes unsorted latencies', () => {
    expect(summarize([3, 1, 2, 10])).toEqual({ count: 4, p50: 2, p99: 10, max: 10 });
  });
});
