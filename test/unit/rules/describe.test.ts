import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/i18n/define';
import { describeEvidence, describeHealthCheck } from '@/lib/rules/describe';
import { EVIDENCE_KEYS, type RuleEvidence } from '@/lib/rules/evidence';
import { HEALTH_CHECK_IDS } from '@/lib/rules/health-report';
import type { Rule } from '@/lib/schema/rule';
import { judge } from './judge';

const words = (rule: Rule, fields: Record<string, unknown>, locale: (typeof LOCALES)[number] = 'en') =>
  describeEvidence(judge(rule, fields), locale);
const employees = { field: 'employees', op: 'between', value: [50, 10000] } as const;

describe('describeEvidence', () => {
  it('says the examples of the issue in English', () => {
    expect(words(employees, { employees: 1800 })).toBe('employees 1,800 — within 50–10,000');
    expect(words({ field: 'industry', op: 'in', value: ['Software'] }, {})).toBe('industry missing');
  });

  it.each([
    [employees, { employees: 20 }, 'employees 20 — outside 50–10,000'],
    [{ field: 'employees', op: 'between', value: [50, null] }, { employees: 20 }, 'employees 20 — below 50'],
    [{ field: 'employees', op: 'between', value: [null, 100] }, { employees: 20 }, 'employees 20 — at most 100'],
    [{ field: 'industry', op: 'eq', value: 'Retail' }, { industry: 'Media' }, 'industry Media — not Retail'],
    [
      { field: 'customerType', op: 'nin', value: ['customer'] },
      { customerType: 'customer' },
      'customerType customer — one of the excluded customer',
    ],
    [{ field: 'qualificationScore', op: 'gte', value: 50 }, { qualificationScore: 74 }, 'qualificationScore 74 — at least 50'],
    [
      { field: 'intentTopics', op: 'containsAny', value: ['abm', 'crm'] },
      { intentTopics: ['crm'] },
      'intentTopics crm — includes one of abm, crm',
    ],
    [
      { field: 'lastVisitAt', op: 'withinDays', value: 30 },
      { lastVisitAt: '2026-11-02' },
      'lastVisitAt 2026-11-02 (21 days ago) — within 30 days',
    ],
    [
      { field: 'lastVisitAt', op: 'olderThanDays', value: 1 },
      { lastVisitAt: '2026-11-22' },
      'lastVisitAt 2026-11-22 (1 day ago) — within the last 1 day',
    ],
    [{ field: 'industry', op: 'exists', value: true }, {}, 'industry missing'],
    [{ field: 'industry', op: 'exists', value: false }, {}, 'industry empty, as required'],
    [
      { field: 'custom.seats', op: 'gt', value: 10 },
      { custom: { seats: 'lots' } },
      'custom.seats "lots" — not a number, so gt cannot decide',
    ],
  ] as [Rule, Record<string, unknown>, string][])('%j on %j: %s', (rule, fields, text) => {
    expect(words(rule, fields)).toBe(text);
  });

  it('says the same in Russian and Chinese, with the locale’s number format', () => {
    expect(words(employees, { employees: 1800 }, 'ru')).toBe('employees 1\u00a0800 — в пределах 50–10\u00a0000');
    expect(words(employees, { employees: 1800 }, 'zh-CN')).toBe('employees 1,800 — 在 50–10,000 之间');
    expect(words({ field: 'industry', op: 'eq', value: 'Retail' }, {}, 'ru')).toBe('industry: нет данных');
    expect(words({ field: 'industry', op: 'eq', value: 'Retail' }, {}, 'zh-CN')).toBe('industry 缺失');
    expect(words({ field: 'lastVisitAt', op: 'withinDays', value: 30 }, { lastVisitAt: '2026-11-01' }, 'ru')).toBe(
      'lastVisitAt 2026-11-01 (22 дня назад) — не позднее 30 дней',
    );
  });

  it('describes combinators with their children', () => {
    const rule: Rule = { all: [{ field: 'industry', op: 'eq', value: 'Retail' }, { not: { field: 'employees', op: 'lt', value: 50 } }] };
    expect(words(rule, { industry: 'Retail', employees: 20 })).toBe('all of [industry Retail — is Retail; not [employees 20 — below 50]]');
    expect(words(rule, { industry: 'Retail', employees: 20 }, 'zh-CN')).toBe(
      '全部满足 [industry Retail — 等于 Retail；不满足 [employees 20 — 小于 50]]',
    );
  });

  it('has words for every evidence key and status in every locale', () => {
    const params = { field: 'f', actual: 5, value: 3, min: 1, max: 9, days: 2, op: 'gt', expected: 'number' };
    for (const locale of LOCALES) {
      for (const key of EVIDENCE_KEYS) {
        for (const status of ['pass', 'fail', 'unknown'] as const) {
          const evidence: RuleEvidence = { key, status, params, children: [{ key: 'evidence.missing', status: 'unknown', params }] };
          const text = describeEvidence(evidence, locale);
          expect(text, `${locale} ${key} ${status}`).toMatch(/\S/);
          expect(text, `${locale} ${key} ${status}`).not.toMatch(/undefined|\[object/);
        }
      }
    }
  });
});

describe('describeHealthCheck', () => {
  it('has words for every check in every locale', () => {
    const params = { count: 3, min: 5, small: ['a'], sizes: [2], accounts: 22, unassigned: 7, overlapping: 1, undecided: 5 };
    for (const locale of LOCALES) {
      for (const id of HEALTH_CHECK_IDS) {
        expect(describeHealthCheck({ id, params }, locale), `${locale} ${id}`).not.toMatch(/undefined|^\s*$/);
      }
    }
    expect(describeHealthCheck({ id: 'segment-count', params: { count: 4 } }, 'ru')).toBe(
      'Сегментов верхнего уровня: 4 — в оптимальном диапазоне 4–5.',
    );
    expect(describeHealthCheck({ id: 'one-segment-each', params }, 'ru')).toBe(
      '7 из 22 аккаунтов — вне всех сегментов верхнего уровня (из них 5 могут подойти, если заполнить данные); аккаунтов, подходящих под правила нескольких сегментов: 1.',
    );
  });
});
