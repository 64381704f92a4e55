import type { AccountEvaluation, Verdict } from '@/lib/rules/result';
import type { Evidence } from '@/lib/schema/proposal';

/** One difference between the ICP result captured with a proposal and the account's result now. */
export type IcpChange =
  | { kind: 'verdict'; from: Verdict; to: Verdict }
  | { kind: 'score' | 'coverage'; from: number | null; to: number | null }
  | { kind: 'tier'; from: string | null; to: string | null }
  | { kind: 'segment-added' | 'segment-removed'; segment: string }
  | { kind: 'criterion'; criterion: string; from: string; to: string };

/** Scores are compared as the reviewer reads them: whole percent. */
const percent = (value: number | null | undefined) => (value === null || value === undefined ? null : Math.round(value * 100));

/** What changed since the proposal was made: verdict, score, coverage, tier, segments and each criterion's status. */
export function icpChanges(then: Evidence, now: AccountEvaluation): IcpChange[] {
  const changes: IcpChange[] = [];
  if (then.verdict !== now.icp.verdict) changes.push({ kind: 'verdict', from: then.verdict, to: now.icp.verdict });
  if (percent(then.score) !== percent(now.icp.score)) changes.push({ kind: 'score', from: then.score, to: now.icp.score });
  if (percent(then.coverage) !== percent(now.icp.coverage)) changes.push({ kind: 'coverage', from: then.coverage, to: now.icp.coverage });
  if (then.tier !== undefined && (then.tier ?? null) !== now.priority.tier)
    changes.push({ kind: 'tier', from: then.tier ?? null, to: now.priority.tier });
  const nowSegments = now.segments.map((s) => s.id);
  for (const segment of nowSegments) if (!then.segments.includes(segment)) changes.push({ kind: 'segment-added', segment });
  for (const segment of then.segments) if (!nowSegments.includes(segment)) changes.push({ kind: 'segment-removed', segment });
  const before = new Map((then.criteria ?? []).map((c) => [c.id, c.status]));
  for (const criterion of now.icp.criteria) {
    const from = before.get(criterion.id);
    if (from !== undefined && from !== criterion.status)
      changes.push({ kind: 'criterion', criterion: criterion.id, from, to: criterion.status });
  }
  return changes;
}
