import { describe, expect, it } from 'vitest';
import { compileSegments } from '@/lib/rules/segments';
import { type Playbook, PlaybookSchema } from '@/lib/schema/playbook';
import { account, NOW } from './judge';

function segmentsOf(assign: 'first' | 'all'): Playbook['segments'] {
  const list = [
    {
      id: 'ent',
      name: 'Enterprise',
      rule: { field: 'employees', op: 'gte', value: 1000 },
      children: [
        {
          id: 'ent-retail',
          name: 'Retail',
          goal: '$2M pipeline',
          rule: { field: 'industry', op: 'eq', value: 'Retail' },
          children: [{ id: 'ent-retail-us', name: 'US', rule: { field: 'country', op: 'eq', value: 'US' } }],
        },
        { id: 'ent-any', name: 'Any industry', goal: '+30% visits', rule: { field: 'industry', op: 'exists', value: true } },
      ],
    },
    { id: 'retail', name: 'Retail', rule: { field: 'industry', op: 'eq', value: 'Retail' } },
    { id: 'engaged', name: 'Engaged', rule: { field: 'pageViews90d', op: 'gte', value: 3 } },
  ];
  return PlaybookSchema.parse({ version: 1, name: 'T', icp: { criteria: [] }, segments: { assign, list } }).segments;
}

const bigUsRetailer = account({ employees: 5000, industry: 'Retail', country: 'US', pageViews90d: 10 });
const ids = (assign: 'first' | 'all', fields: Record<string, unknown>) =>
  compileSegments(segmentsOf(assign))
    .matches(account(fields), NOW)
    .map((s) => s.id);

describe('segments', () => {
  it('with assign "first" takes only the first match at each level, parents before children', () => {
    expect(compileSegments(segmentsOf('first')).matches(bigUsRetailer, NOW)).toEqual([
      { id: 'ent', name: 'Enterprise', parentId: null, depth: 0 },
      { id: 'ent-retail', name: 'Retail', goal: '$2M pipeline', parentId: 'ent', depth: 1 },
      { id: 'ent-retail-us', name: 'US', parentId: 'ent-retail', depth: 2 },
    ]);
  });

  it('with assign "all" takes every match at every level, in list order', () => {
    expect(
      compileSegments(segmentsOf('all'))
        .matches(bigUsRetailer, NOW)
        .map((s) => s.id),
    ).toEqual(['ent', 'ent-retail', 'ent-retail-us', 'ent-any', 'retail', 'engaged']);
  });

  it('tries children only inside a matching parent', () => {
    expect(ids('all', { employees: 10, industry: 'Retail' })).toEqual(['retail']);
  });

  it('does not count an unknown rule as a match, and moves on to the next segment', () => {
    expect(ids('first', { industry: 'Retail' })).toEqual(['retail']);
    expect(ids('first', {})).toEqual([]);
  });

  it('keeps a matching parent when none of its children matches', () => {
    expect(ids('first', { employees: 5000 })).toEqual(['ent']);
  });

  it('classifies: the same matches, plus each top-level rule status whatever the assign mode, for the health report', () => {
    for (const assign of ['first', 'all'] as const) {
      const evaluator = compileSegments(segmentsOf(assign));
      const subject = account({ employees: 5000, industry: 'Retail' });
      expect(evaluator.classify(subject, NOW)).toEqual({ matches: evaluator.matches(subject, NOW), topLevel: ['pass', 'pass', 'unknown'] });
    }
    expect(compileSegments(segmentsOf('first')).topLevelIds).toEqual(['ent', 'retail', 'engaged']);
  });
});
