import { describe, expect, it } from 'vitest';
import { BACKOFF_BASE_MS, BACKOFF_CAP_MS, backoffDelay } from '../../../lib/sync/backoff';

describe('backoffDelay', () => {
  it('doubles with each attempt, between half and all of the ceiling', () => {
    expect(backoffDelay(1, () => 0)).toBe(BACKOFF_BASE_MS / 2);
    expect(backoffDelay(1, () => 0.999_999)).toBeCloseTo(BACKOFF_BASE_MS, -1);
    expect(backoffDelay(3, () => 0)).toBe((BACKOFF_BASE_MS * 4) / 2);
  });

  it('never waits longer than the cap', () => {
    expect(backoffDelay(40, () => 0.999_999)).toBeLessThanOrEqual(BACKOFF_CAP_MS);
    expect(backoffDelay(40, () => 0)).toBe(BACKOFF_CAP_MS / 2);
  });

  it('spreads retries with jitter', () => {
    const delays = [0.1, 0.5, 0.9].map((r) => backoffDelay(4, () => r));
    expect(new Set(delays).size).toBe(3);
  });
});
