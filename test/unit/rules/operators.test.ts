import { describe, expect, it } from 'vitest';
import { OPERATOR_NAMES, type Operator } from '@/lib/rules/operators';
import { judge } from './judge';

type Case = [
  op: Operator,
  field: string,
  value: unknown,
  fields: Record<string, unknown>,
  status: 'pass' | 'fail' | 'unknown',
  key?: string,
];

const retail = { industry: 'Retail' };
const topics = { intentTopics: ['CRM', 'sales intelligence'] };

/** Every operator with a present value that passes, one that fails, a missing value and a value of the wrong kind. */
const CASES: Case[] = [
  ['eq', 'industry', ' retail ', retail, 'pass'],
  ['eq', 'industry', 'Software', retail, 'fail'],
  ['eq', 'industry', 'Retail', {}, 'unknown', 'evidence.missing'],
  ['eq', 'industry', 'Retail', { industry: '   ' }, 'unknown', 'evidence.missing'],
  ['eq', 'intentTopics', 'crm', topics, 'unknown', 'evidence.wrongType'],
  ['eq', 'employees', 1800, { employees: 1800 }, 'pass'],
  ['eq', 'custom.seats', 1800, { custom: { seats: ' 1800 ' } }, 'pass'],
  ['eq', 'custom.seats', 1800, { custom: { seats: 'lots' } }, 'unknown', 'evidence.wrongType'],
  ['eq', 'onTal', true, { onTal: true }, 'pass'],
  ['eq', 'custom.vip', true, { custom: { vip: 'Yes' } }, 'pass'],
  ['eq', 'custom.vip', true, { custom: { vip: 'maybe' } }, 'unknown', 'evidence.wrongType'],
  ['eq', 'employees', '1800', { employees: 1800 }, 'pass'],
  ['neq', 'customerType', 'customer', { customerType: 'prospect' }, 'pass'],
  ['neq', 'customerType', 'customer', { customerType: 'Customer ' }, 'fail'],
  ['neq', 'customerType', 'customer', {}, 'unknown', 'evidence.missing'],
  ['neq', 'techStack', 'AWS', { techStack: ['AWS'] }, 'unknown', 'evidence.wrongType'],
  ['in', 'industry', ['Software', 'RETAIL'], retail, 'pass'],
  ['in', 'industry', ['Software', 'Media'], retail, 'fail'],
  ['in', 'industry', ['Software'], {}, 'unknown', 'evidence.missing'],
  ['in', 'intentTopics', ['crm'], topics, 'unknown', 'evidence.wrongType'],
  ['in', 'employees', [10, 1800], { employees: 1800 }, 'pass'],
  ['in', 'custom.tier', [1, 'gold'], { custom: { tier: 'silver' } }, 'fail'],
  ['in', 'custom.size', [1, 2], { custom: { size: 'big' } }, 'unknown', 'evidence.wrongType'],
  ['nin', 'customerType', ['customer'], { customerType: 'prospect' }, 'pass'],
  ['nin', 'customerType', ['customer'], { customerType: 'customer' }, 'fail'],
  ['nin', 'customerType', ['customer'], {}, 'unknown', 'evidence.missing'],
  ['nin', 'productsOwned', ['Product A'], { productsOwned: ['Product A'] }, 'unknown', 'evidence.wrongType'],
  ['gt', 'employees', 1000, { employees: 1001 }, 'pass'],
  ['gt', 'employees', 1000, { employees: 1000 }, 'fail'],
  ['gt', 'employees', 1000, {}, 'unknown', 'evidence.missing'],
  ['gt', 'custom.seats', 10, { custom: { seats: 'lots' } }, 'unknown', 'evidence.wrongType'],
  ['gt', 'custom.seats', 10, { custom: { seats: '12.5' } }, 'pass'],
  ['gte', 'qualificationScore', 50, { qualificationScore: 50 }, 'pass'],
  ['gte', 'qualificationScore', 50, { qualificationScore: 49.9 }, 'fail'],
  ['gte', 'qualificationScore', 50, {}, 'unknown', 'evidence.missing'],
  ['gte', 'industry', 50, retail, 'unknown', 'evidence.wrongType'],
  ['gte', 'intentTopics', 1, topics, 'unknown', 'evidence.wrongType'],
  ['lt', 'employees', 50, { employees: 49 }, 'pass'],
  ['lt', 'employees', 50, { employees: 50 }, 'fail'],
  ['lt', 'employees', 50, {}, 'unknown', 'evidence.missing'],
  ['lt', 'onTal', 1, { onTal: true }, 'unknown', 'evidence.wrongType'],
  ['lte', 'employees', 50, { employees: 50 }, 'pass'],
  ['lte', 'employees', 50, { employees: 51 }, 'fail'],
  ['lte', 'employees', 50, {}, 'unknown', 'evidence.missing'],
  ['lte', 'lastVisitAt', 50, { lastVisitAt: '2026-11-02' }, 'unknown', 'evidence.wrongType'],
  ['between', 'employees', [50, 10000], { employees: 50 }, 'pass'],
  ['between', 'employees', [50, 10000], { employees: 10000 }, 'pass'],
  ['between', 'employees', [50, 10000], { employees: 49 }, 'fail'],
  ['between', 'employees', [50, 10000], { employees: 10001 }, 'fail'],
  ['between', 'employees', [null, 100], { employees: -5 }, 'pass'],
  ['between', 'employees', [100, null], { employees: 1e9 }, 'pass'],
  ['between', 'employees', [null, null], { employees: 7 }, 'pass'],
  ['between', 'employees', [50, 10000], {}, 'unknown', 'evidence.missing'],
  ['between', 'custom.seats', [1, 2], { custom: { seats: 'a few' } }, 'unknown', 'evidence.wrongType'],
  ['exists', 'industry', true, retail, 'pass'],
  ['exists', 'industry', true, {}, 'fail', 'evidence.exists'],
  ['exists', 'industry', false, {}, 'pass', 'evidence.exists'],
  ['exists', 'industry', false, retail, 'fail'],
  ['exists', 'techStack', true, { techStack: [] }, 'fail'],
  ['exists', 'techStack', true, { techStack: ['', ' '] }, 'fail'],
  ['exists', 'custom.serves', true, { custom: { serves: { odd: 'object' } } }, 'pass'],
  ['exists', 'custom.serves', true, { custom: {} }, 'fail'],
  ['contains', 'productsOwned', 'product a', { productsOwned: ['Product A', 'Product B'] }, 'pass'],
  ['contains', 'productsOwned', 'Product C', { productsOwned: ['Product A'] }, 'fail'],
  ['contains', 'name', 'ACME', { name: 'Acme Robotics' }, 'pass'],
  ['contains', 'industry', 'tech', retail, 'fail'],
  ['contains', 'productsOwned', 'Product A', {}, 'unknown', 'evidence.missing'],
  ['contains', 'employees', 5, { employees: 500 }, 'unknown', 'evidence.wrongType'],
  ['containsAny', 'intentTopics', ['abm', 'crm'], topics, 'pass'],
  ['containsAny', 'intentTopics', ['abm', 'seo'], topics, 'fail'],
  ['containsAny', 'intentTopics', ['abm'], {}, 'unknown', 'evidence.missing'],
  ['containsAny', 'intentTopics', ['abm'], { intentTopics: [] }, 'unknown', 'evidence.missing'],
  ['containsAny', 'pageViews90d', [3], { pageViews90d: 3 }, 'unknown', 'evidence.wrongType'],
  ['containsAll', 'intentTopics', ['crm', 'Sales Intelligence'], topics, 'pass'],
  ['containsAll', 'intentTopics', ['crm', 'abm'], topics, 'fail'],
  ['containsAll', 'intentTopics', ['crm'], {}, 'unknown', 'evidence.missing'],
  ['containsAll', 'onTal', [true], { onTal: false }, 'unknown', 'evidence.wrongType'],
  ['withinDays', 'lastVisitAt', 21, { lastVisitAt: '2026-11-02' }, 'pass'],
  ['withinDays', 'lastVisitAt', 20, { lastVisitAt: '2026-11-02' }, 'fail'],
  ['withinDays', 'lastVisitAt', 0, { lastVisitAt: '2026-12-01' }, 'pass'],
  ['withinDays', 'lastVisitAt', 1, { lastVisitAt: '2026-11-22T12:00:00+03:00' }, 'pass'],
  ['withinDays', 'lastVisitAt', 30, {}, 'unknown', 'evidence.missing'],
  ['withinDays', 'lastVisitAt', 30, { lastVisitAt: 'last week' }, 'unknown', 'evidence.wrongType'],
  ['withinDays', 'lastVisitAt', 30, { lastVisitAt: '2026-02-31' }, 'unknown', 'evidence.wrongType'],
  ['olderThanDays', 'lastVisitAt', 20, { lastVisitAt: '2026-11-02' }, 'pass'],
  ['olderThanDays', 'lastVisitAt', 21, { lastVisitAt: '2026-11-02' }, 'fail'],
  ['olderThanDays', 'lastVisitAt', 90, {}, 'unknown', 'evidence.missing'],
  ['olderThanDays', 'lastVisitAt', 90, { lastVisitAt: 20261102 }, 'unknown', 'evidence.wrongType'],
];

describe('operators', () => {
  it.each(CASES)('%s on %s %j with %j is %s', (op, field, value, fields, status, key) => {
    const evidence = judge({ field, op, value }, fields);
    expect(evidence.status).toBe(status);
    expect(evidence.key).toBe(key ?? `evidence.${op}`);
    expect(evidence.params.field).toBe(field);
  });

  it('covers every operator of the table with pass, fail, missing and wrong-kind values', () => {
    for (const op of OPERATOR_NAMES) {
      const mine = CASES.filter((c) => c[0] === op);
      const statuses = new Set(mine.map((c) => c[4]));
      expect([...statuses].sort(), op).toEqual(op === 'exists' ? ['fail', 'pass'] : ['fail', 'pass', 'unknown']);
      if (op !== 'exists')
        expect(
          mine.some((c) => c[5] === 'evidence.wrongType'),
          `${op} wrong kind`,
        ).toBe(true);
    }
  });

  it('gives structured evidence: field, value and the rule value, or why it cannot decide', () => {
    expect(judge({ field: 'employees', op: 'between', value: [50, 10000] }, { employees: 1800 })).toEqual({
      key: 'evidence.between',
      status: 'pass',
      params: { field: 'employees', actual: 1800, min: 50, max: 10000 },
    });
    expect(judge({ field: 'industry', op: 'in', value: ['Software'] }, {})).toEqual({
      key: 'evidence.missing',
      status: 'unknown',
      params: { field: 'industry', op: 'in' },
    });
    expect(judge({ field: 'custom.seats', op: 'gt', value: 10 }, { custom: { seats: 'lots' } })).toEqual({
      key: 'evidence.wrongType',
      status: 'unknown',
      params: { field: 'custom.seats', actual: 'lots', op: 'gt', expected: 'number' },
    });
    expect(judge({ field: 'lastVisitAt', op: 'withinDays', value: 30 }, { lastVisitAt: '2026-11-02' }).params).toEqual({
      field: 'lastVisitAt',
      actual: '2026-11-02',
      value: 30,
      days: 21,
    });
    expect(judge({ field: 'intentTopics', op: 'containsAny', value: ['crm'] }, topics).params).toEqual({
      field: 'intentTopics',
      actual: ['CRM', 'sales intelligence'],
      value: ['crm'],
    });
  });

  it('reads custom.<header> from account.custom, also when the header is spelled differently', () => {
    expect(judge({ field: 'custom.serves', op: 'eq', value: 'businesses' }, { custom: { serves: 'Businesses' } }).status).toBe('pass');
    expect(judge({ field: 'custom.annual_budget', op: 'gte', value: 5 }, { custom: { 'Annual Budget': '10' } }).status).toBe('pass');
    expect(judge({ field: 'custom.serves', op: 'eq', value: 'businesses' }, {}).status).toBe('unknown');
  });

  it('reads a date-time without an offset as UTC, whatever the machine zone', () => {
    const rule = { field: 'lastVisitAt', op: 'withinDays' as const, value: 1 };
    expect(judge(rule, { lastVisitAt: '2026-11-22T00:00:00' }).status).toBe('pass');
    expect(judge(rule, { lastVisitAt: '2026-11-21T23:59:59' }).status).toBe('fail');
  });
});
