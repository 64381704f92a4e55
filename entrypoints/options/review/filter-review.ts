import type { ReviewItem } from './review-item';

const DAY = 86_400_000;

/** The reviewer's filters; an empty string (or 0 days) means any. */
export type ReviewFilter = { team: string; rep: string; type: '' | 'add' | 'remove'; segment: string; minAgeDays: number };

export const NO_FILTER: ReviewFilter = { team: '', rep: '', type: '', segment: '', minAgeDays: 0 };

/** The segments a proposal concerns: those captured when proposed and those the account is in now. */
export function segmentsOf(item: ReviewItem): string[] {
  const captured = item.proposal.evidence?.segments ?? [];
  const current = item.current?.segments.map((s) => s.id) ?? [];
  return [...new Set([...captured, ...current])];
}

/** Whole days since a proposal was made. */
export function ageInDays(createdAt: string, now: number): number {
  return Math.max(0, Math.floor((now - Date.parse(createdAt)) / DAY));
}

/** The items that pass every filter, oldest first so the queue is worked in order of arrival. */
export function filterReview(items: readonly ReviewItem[], filter: ReviewFilter, now: number): ReviewItem[] {
  return items
    .filter(({ proposal }) => filter.team === '' || proposal.team === filter.team)
    .filter(({ proposal }) => filter.rep === '' || proposal.proposerId === filter.rep)
    .filter(({ proposal }) => filter.type === '' || proposal.type === filter.type)
    .filter((item) => filter.segment === '' || segmentsOf(item).includes(filter.segment))
    .filter(({ proposal }) => ageInDays(proposal.createdAt, now) >= filter.minAgeDays)
    .sort((a, b) => a.proposal.createdAt.localeCompare(b.proposal.createdAt) || a.proposal.id.localeCompare(b.proposal.id));
}

/** The values each filter can take, from the items at hand, sorted; reps by id with their names (`nameOf`). */
export function filterChoices(
  items: readonly ReviewItem[],
  nameOf: (id: string, name: string | undefined) => string = (id, name) => name ?? id,
) {
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b));
  const reps = new Map(items.map((i) => [i.proposal.proposerId, nameOf(i.proposal.proposerId, i.proposal.proposerName)]));
  return {
    teams: sorted(items.map((i) => i.proposal.team)),
    reps: [...reps].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label)),
    segments: sorted(items.flatMap(segmentsOf)),
  };
}
