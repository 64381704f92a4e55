import type { Playbook, Segment } from '../schema/playbook';
import type { Rule } from '../schema/rule';

function collect(rule: Rule | undefined, into: Set<string>): void {
  if (rule === undefined) return;
  if ('all' in rule) for (const child of rule.all) collect(child, into);
  else if ('any' in rule) for (const child of rule.any) collect(child, into);
  else if ('not' in rule) collect(rule.not, into);
  else into.add(rule.field);
}

function collectSegments(segments: readonly Segment[], into: Set<string>): void {
  for (const segment of segments) {
    collect(segment.rule, into);
    collectSegments(segment.children ?? [], into);
  }
}

/**
 * Every field path the playbook reads (ICP criteria, segments at any depth, priority factors), in
 * the order it first reads them: what the company card must show, so each verdict can be checked.
 */
export function fieldsUsedBy(playbook: Pick<Playbook, 'icp' | 'segments' | 'priority'>): string[] {
  const fields = new Set<string>();
  for (const criterion of playbook.icp.criteria) collect(criterion.rule, fields);
  collectSegments(playbook.segments.list, fields);
  for (const factor of playbook.priority.factors) if (factor.field !== undefined) fields.add(factor.field);
  return [...fields];
}
