import type { Playbook, Segment } from '@/lib/schema/playbook';

function collectSegments(list: readonly Segment[], names: Map<string, string>): Map<string, string> {
  for (const segment of list) {
    names.set(segment.id, segment.name);
    collectSegments(segment.children ?? [], names);
  }
  return names;
}

/** How the ids of a playbook read to people. */
export type PlaybookNames = {
  segmentName(id: string): string;
  criterionLabel(id: string): string;
  /** Whether the playbook's criterion is required (false for a criterion the playbook no longer has). */
  criterionRequired(id: string): boolean;
  tierName(id: string): string;
  teamName(id: string): string;
  /** The currency the playbook's money is in (spec §2). */
  currency: string;
};

/** Names for the ids a playbook defines (segments at any depth, criteria, tiers, teams), falling back to the id. */
export function playbookNames(playbook: Playbook | undefined): PlaybookNames {
  const segments = collectSegments(playbook?.segments.list ?? [], new Map());
  const criteria = new Map((playbook?.icp.criteria ?? []).map((c) => [c.id, c.label]));
  const required = new Set((playbook?.icp.criteria ?? []).filter((c) => c.required).map((c) => c.id));
  const tiers = new Map((playbook?.priority.tiers ?? []).map((t) => [t.id, t.name ?? t.id]));
  const teams = new Map((playbook?.tal.teams ?? []).map((t) => [t.id, t.name]));
  return {
    segmentName: (id: string) => segments.get(id) ?? id,
    criterionLabel: (id: string) => criteria.get(id) ?? id,
    criterionRequired: (id: string) => required.has(id),
    tierName: (id: string) => tiers.get(id) ?? id,
    teamName: (id: string) => teams.get(id) ?? id,
    currency: playbook?.currency ?? 'USD',
  };
}
