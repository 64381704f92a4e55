import type { Account } from '../schema/account';
import type { Segment } from '../schema/playbook';
import type { CompiledPlaybook } from './compile-playbook';
import { DEFAULT_HEALTH_OPTIONS, type HealthOptions, healthChecks } from './health-checks';
import type { HealthReport } from './health-report';

/** A share of the whole, rounded to a tenth of a percent (2 of 22 → 0.091). */
const shareOf = (size: number, total: number) => (total === 0 ? 0 : Math.round((size / total) * 1000) / 1000);

function childrenInOrder(list: readonly Segment[], parentId: string | null, out: { id: string; parentId: string }[]) {
  for (const segment of list) {
    if (parentId !== null) out.push({ id: segment.id, parentId });
    childrenInOrder(segment.children ?? [], segment.id, out);
  }
  return out;
}

/**
 * The segment health report of spec §5 for a set of accounts at `now`: sizes and shares under the
 * playbook's assign mode, unassigned and overlapping accounts, and the checklist with its details.
 */
export function buildHealthReport(
  compiled: CompiledPlaybook,
  accounts: readonly Account[],
  now: Date | number,
  options: HealthOptions = DEFAULT_HEALTH_OPTIONS,
): HealthReport {
  const tally = createHealthTally(compiled, now);
  for (const account of accounts) tally.add(account);
  return tally.report(options);
}

/**
 * The health report built one account at a time, so a large cache can be streamed through it rather
 * than held in memory: `add` each account, then `report` (as buildHealthReport gives for them all).
 */
export function createHealthTally(compiled: CompiledPlaybook, now: Date | number) {
  const at = typeof now === 'number' ? now : now.getTime();
  const sizes = new Map<string, number>();
  let total = 0;
  let unassigned = 0;
  let overlapping = 0;
  let undecided = 0;
  return {
    add(account: Account): void {
      total += 1;
      const { matches, topLevel } = compiled.segments.classify(account, at);
      for (const match of matches) sizes.set(match.id, (sizes.get(match.id) ?? 0) + 1);
      let passed = 0;
      for (const status of topLevel) if (status === 'pass') passed += 1;
      if (passed > 1) overlapping += 1;
      if (passed === 0) {
        unassigned += 1;
        if (topLevel.includes('unknown')) undecided += 1;
      }
    },
    report(options: HealthOptions = DEFAULT_HEALTH_OPTIONS): HealthReport {
      const sizeOf = (id: string) => ({ size: sizes.get(id) ?? 0, share: shareOf(sizes.get(id) ?? 0, total) });
      const segments = compiled.segments.topLevelIds.map((id) => ({ id, ...sizeOf(id) }));
      const subsegments = childrenInOrder(compiled.playbook.segments.list, null, []).map(({ id, parentId }) => ({
        id,
        parentId,
        ...sizeOf(id),
      }));
      const figures = { accounts: total, segments, unassigned, overlapping, undecided };
      return { ...figures, subsegments, checks: healthChecks(figures, options) };
    },
  };
}
