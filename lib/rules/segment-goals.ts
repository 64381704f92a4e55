import type { Account } from '../schema/account';
import type { GoalMeasure, Segment } from '../schema/playbook';
import type { CompiledPlaybook } from './compile-playbook';
import { fold, readNumber } from './values';

/** A segment whose goal is measured, and how far the data says it is. */
export type GoalProgress = { id: string; name: string; goal?: string; measure: GoalMeasure; value: number };

/** Engaged, as the playbook's audiences put it: three or more page views in 90 days. */
const ENGAGED_PAGE_VIEWS = 3;

/** Whether an account counts toward a metric. */
export function countsToward(metric: GoalMeasure['metric'], account: Account, onTal: boolean): boolean {
  switch (metric) {
    case 'on-tal':
      return onTal;
    case 'engaged':
      return (readNumber(account.pageViews90d) ?? 0) >= ENGAGED_PAGE_VIEWS;
    case 'opportunities':
      return fold(String(account.journeyStage ?? '')) === 'opportunity';
    case 'customers':
      return fold(String(account.customerType ?? '')) === 'customer';
  }
}

/** The measured segments of a playbook, at any depth, in list order. */
export function measuredSegments(list: readonly Segment[]): Segment[] {
  return list.flatMap((segment) => [...(segment.measure ? [segment] : []), ...measuredSegments(segment.children ?? [])]);
}

/**
 * A counter of segment goals over accounts given one at a time (with whether each is on the TAL as
 * decided): for every segment with a `measure`, how many of its accounts count toward its metric.
 */
export function createGoalCounter(compiled: CompiledPlaybook, now: number) {
  const measured = measuredSegments(compiled.playbook.segments.list);
  const counts = new Map(measured.map((segment) => [segment.id, 0]));
  return {
    /** Whether there is anything to count. */
    measured: measured.length > 0,
    add(account: Account, onTal: boolean) {
      if (measured.length === 0) return;
      const inSegments = new Set(compiled.segments.matches(account, now).map((match) => match.id));
      for (const segment of measured) {
        if (inSegments.has(segment.id) && countsToward((segment.measure as GoalMeasure).metric, account, onTal)) {
          counts.set(segment.id, (counts.get(segment.id) ?? 0) + 1);
        }
      }
    },
    progress: (): GoalProgress[] =>
      measured.map((segment) => ({
        id: segment.id,
        name: segment.name,
        ...(segment.goal === undefined ? {} : { goal: segment.goal }),
        measure: segment.measure as GoalMeasure,
        value: counts.get(segment.id) ?? 0,
      })),
  };
}

/**
 * Proof of fit (the segment health checklist): how many of `customers` each top-level segment holds,
 * in list order. A segment without customers has no proof that its accounts fit.
 */
export function customersPerSegment(compiled: CompiledPlaybook, customers: Iterable<Account>, now: number): Map<string, number> {
  const counts = new Map(compiled.segments.topLevelIds.map((id) => [id, 0]));
  for (const account of customers) {
    if (!countsToward('customers', account, false)) continue;
    for (const match of compiled.segments.matches(account, now))
      if (match.depth === 0) counts.set(match.id, (counts.get(match.id) ?? 0) + 1);
  }
  return counts;
}
