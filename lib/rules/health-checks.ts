import { describeHealthCheck } from './describe';
import type { EvidenceParams } from './evidence';
import type { HealthCheck, HealthCheckId } from './health-report';

/** Thresholds of the health checklist; the defaults follow the ABM worksheet behind spec §5. */
export interface HealthOptions {
  /** A segment with fewer accounts than this is too small to learn from. */
  minSegmentSize: number;
}

export const DEFAULT_HEALTH_OPTIONS: HealthOptions = { minSegmentSize: 5 };

/** What the checks look at: the top-level sizes and the assignment counts of the report. */
export interface HealthFigures {
  accounts: number;
  segments: { id: string; size: number }[];
  unassigned: number;
  overlapping: number;
  undecided: number;
}

function check(id: HealthCheckId, ok: boolean, params: EvidenceParams): HealthCheck {
  return { id, ok, detail: describeHealthCheck({ id, params }, 'en'), params };
}

/** The checklist of spec §5: segment count in the 4–5 sweet spot (2–3 fine to start), none too small, one segment each. */
export function healthChecks(figures: HealthFigures, options: HealthOptions = DEFAULT_HEALTH_OPTIONS): HealthCheck[] {
  const count = figures.segments.length;
  const small = figures.segments.filter((s) => s.size < options.minSegmentSize);
  return [
    check('segment-count', count >= 2 && count <= 5, { count }),
    check('segment-size', small.length === 0, {
      min: options.minSegmentSize,
      small: small.map((s) => s.id),
      sizes: small.map((s) => s.size),
    }),
    check('one-segment-each', figures.unassigned === 0 && figures.overlapping === 0, {
      accounts: figures.accounts,
      unassigned: figures.unassigned,
      overlapping: figures.overlapping,
      undecided: figures.undecided,
    }),
  ];
}
