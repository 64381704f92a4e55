import { describe, expect, it } from 'vitest';
import type { Rule } from '@/lib/schema/rule';
import { judge } from './judge';

// On the account below: P passes, F fails, U is unknown (employees is missing).
const P: Rule = { field: 'industry', op: 'eq', value: 'Retail' };
const F: Rule = { field: 'industry', op: 'eq', value: 'Software' };
const U: Rule = { field: 'employees', op: 'gte', value: 100 };
const fields = { industry: 'Retail' };

describe('combinators use three-valued logic (spec §3)', () => {
  it.each([
    ['P,P', [P, P], 'pass'],
    ['P,F', [P, F], 'fail'],
    ['F,U', [F, U], 'fail'],
    ['U,F', [U, F], 'fail'],
    ['P,U', [P, U], 'unknown'],
    ['U,U', [U, U], 'unknown'],
    ['P', [P], 'pass'],
  ] as const)('all of %s is %s', (_label, children, status) => {
    const evidence = judge({ all: [...children] }, fields);
    expect(evidence.status).toBe(status);
    expect(evidence.key).toBe('evidence.all');
    expect(evidence.children?.map((c) => c.status)).toEqual(children.map((c) => judge(c, fields).status));
  });

  it.each([
    ['F,F', [F, F], 'fail'],
    ['F,P', [F, P], 'pass'],
    ['U,P', [U, P], 'pass'],
    ['P,U', [P, U], 'pass'],
    ['F,U', [F, U], 'unknown'],
    ['U,U', [U, U], 'unknown'],
  ] as const)('any of %s is %s', (_label, children, status) => {
    const evidence = judge({ any: [...children] }, fields);
    expect(evidence.status).toBe(status);
    expect(evidence.key).toBe('evidence.any');
  });

  it.each([
    ['P', P, 'fail'],
    ['F', F, 'pass'],
    ['U', U, 'unknown'],
  ] as const)('not %s is %s', (_label, child, status) => {
    const evidence = judge({ not: child }, fields);
    expect(evidence.status).toBe(status);
    expect(evidence.children).toHaveLength(1);
  });

  it('nests: all(any(U, P), not(F), not(not(U))) is unknown, and the evidence tree mirrors the rule', () => {
    const evidence = judge({ all: [{ any: [U, P] }, { not: F }, { not: { not: U } }] }, fields);
    expect(evidence.status).toBe('unknown');
    expect(evidence.children?.map((c) => [c.key, c.status])).toEqual([
      ['evidence.any', 'pass'],
      ['evidence.not', 'pass'],
      ['evidence.not', 'unknown'],
    ]);
    expect(judge({ all: [{ any: [U, P] }, { not: F }] }, fields).status).toBe('pass');
  });

  it('exists is never unknown, so it decides an all that would otherwise wait for data', () => {
    expect(judge({ all: [U, { field: 'employees', op: 'exists', value: true }] }, fields).status).toBe('fail');
    expect(judge({ any: [U, { field: 'employees', op: 'exists', value: false }] }, fields).status).toBe('pass');
  });
});
