/** The first retry waits about this long; each further one twice as long, up to the cap. */
export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_CAP_MS = 5 * 60_000;

/**
 * How long to wait before attempt number `attempts + 1`: exponential, capped, with jitter so that
 * many extensions coming back online at once do not all retry in the same second.
 * `random` is in [0, 1), as Math.random.
 */
export function backoffDelay(attempts: number, random: () => number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling * (0.5 + random() / 2));
}
