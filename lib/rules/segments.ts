import type { Account } from '../schema/account';
import type { Playbook, Segment } from '../schema/playbook';
import { type CompiledRule, compileRule } from './compile-rule';
import type { RuleStatus } from './evidence';
import type { SegmentMatch } from './result';

interface CompiledSegment {
  match: Omit<SegmentMatch, 'parentId' | 'depth'>;
  rule: CompiledRule;
  children: CompiledSegment[];
}

/** The segment tree compiled once. */
export interface SegmentEvaluator {
  /** The segments an account belongs to under the playbook's assign mode, parents before children, in list order. */
  matches(account: Account, now: number): SegmentMatch[];
  /**
   * The matches, and the status of every top-level segment's own rule in list order whatever the assign mode
   * (the health report needs both; each rule is tested once).
   */
  classify(account: Account, now: number): { matches: SegmentMatch[]; topLevel: RuleStatus[] };
  /** The top-level segment ids, in list order. */
  topLevelIds: string[];
}

function compileSegment(segment: Segment): CompiledSegment {
  return {
    match: { id: segment.id, name: segment.name, ...(segment.goal === undefined ? {} : { goal: segment.goal }) },
    rule: compileRule(segment.rule),
    children: (segment.children ?? []).map(compileSegment),
  };
}

/** Compiles the segments of spec §3: a segment matches when its rule passes (unknown is no match). */
export function compileSegments(settings: Playbook['segments']): SegmentEvaluator {
  const roots = settings.list.map(compileSegment);
  const firstOnly = settings.assign === 'first';

  function collect(level: CompiledSegment[], parentId: string | null, depth: number, account: Account, now: number, out: SegmentMatch[]) {
    for (const segment of level) {
      if (segment.rule.test(account, now) !== 'pass') continue;
      out.push({ ...segment.match, parentId, depth });
      // Children are tried only inside a matching parent.
      collect(segment.children, segment.match.id, depth + 1, account, now, out);
      if (firstOnly) return;
    }
  }

  return {
    matches(account, now) {
      const out: SegmentMatch[] = [];
      collect(roots, null, 0, account, now, out);
      return out;
    },
    classify(account, now) {
      const topLevel = roots.map((segment) => segment.rule.test(account, now));
      const matches: SegmentMatch[] = [];
      for (let i = 0; i < roots.length; i++) {
        const segment = roots[i] as CompiledSegment;
        if (topLevel[i] !== 'pass') continue;
        matches.push({ ...segment.match, parentId: null, depth: 0 });
        collect(segment.children, segment.match.id, 1, account, now, matches);
        if (firstOnly) break;
      }
      return { matches, topLevel };
    },
    topLevelIds: roots.map((segment) => segment.match.id),
  };
}
