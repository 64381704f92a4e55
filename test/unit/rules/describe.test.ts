import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/i18n/define';
import { describeEvidence, describeHealthCheck } from '@/lib/rules/describe';
import { EVIDENCE_KEYS, type RuleEvidence } from '@/lib/rules/evidence';
import { HEALTH_CHECK_IDS } from '@/lib/rules/health-report';
import type { Rule } from '@/lib/schema/rule';
import { judge } from './judge';

const words = (rule: Rule, fields: Record<string, unknown>, locale: (typeof LOCALES)[number] = 'en', currency = 'USD') =>
  describeEvidence(judge(rule, fields), locale, currency);
const employees = { field: 'employees', op: 'between', value: [50, 10000] } as const;
const revenue = { field: 'annualRevenue', op: 'between', value: [5_000_000, 2_000_000_000] } as const;

describe('describeEvidence', () => {
  it('says the examples of the issue in English, with field names as people say them', () => {
    expect(words(employees, { employees: 1800 })).toBe('Employees 1,800 — within 50–10,000');
    expect(words(revenue, { annualRevenue: 240_000_000 })).toBe('Annual revenue $240M — within $5M–$2B');
    expect(words({ field: 'industry', op: 'in', value: ['Software'] }, {})).toBe('Industry missing');
  });

  it('writes money in the playbook’s currency, as each locale writes it', () => {
    const nbsp = '\u00a0';
    expect(words(revenue, { annualRevenue: 240_000_000 }, 'ru')).toBe(
      `Годовая выручка 240${nbsp}млн${nbsp}$ — в пределах 5${nbsp}млн${nbsp}$–2${nbsp}млрд${nbsp}$`,
    );
    expect(words(revenue, { annualRevenue: 240_000_000 }, 'zh-CN')).toBe('年收入 2.4亿美元 — 在 500万美元–20亿美元 之间');
    expect(words(revenue, { annualRevenue: 240_000_000 }, 'en', 'EUR')).toBe('Annual revenue €240M — within €5M–€2B');
    expect(words(revenue, { annualRevenue: 3_500_000 }, 'ru', 'RUB')).toBe(
      `Годовая выручка 3,5${nbsp}млн${nbsp}₽ — вне пределов 5${nbsp}млн${nbsp}₽–2${nbsp}млрд${nbsp}₽`,
    );
    expect(words({ field: 'annualRevenue', op: 'gte', value: 1000 }, { annualRevenue: 1500 }, 'en', 'XYZ')).toMatch(
      /^Annual revenue XYZ\s?1\.5K — at least XYZ\s?1K$/,
    );
  });

  it.each([
    [employees, { employees: 20 }, 'Employees 20 — outside 50–10,000'],
    [{ field: 'employees', op: 'between', value: [50, null] }, { employees: 20 }, 'Employees 20 — below 50'],
    [{ field: 'employees', op: 'between', value: [null, 100] }, { employees: 20 }, 'Employees 20 — at most 100'],
    [{ field: 'industry', op: 'eq', value: 'Retail' }, { industry: 'Media' }, 'Industry Media — not Retail'],
    [{ field: 'customerType', op: 'nin', value: ['customer'] }, { customerType: 'customer' }, 'Customer type Customer — excluded'],
    [
      { field: 'customerType', op: 'nin', value: ['customer', 'partner'] },
      { customerType: 'prospect' },
      'Customer type Prospect — not Customer or Partner',
    ],
    [
      { field: 'industry', op: 'in', value: ['Software', 'Retail', 'Media'] },
      { industry: 'Software' },
      'Industry Software — one of Software, Retail, or Media',
    ],
    [{ field: 'qualificationScore', op: 'gte', value: 50 }, { qualificationScore: 74 }, 'Qualification score 74 — at least 50'],
    [
      { field: 'intentTopics', op: 'containsAny', value: ['abm', 'crm'] },
      { intentTopics: ['crm', 'cdp'] },
      'Intent topics crm, cdp — includes one of abm or crm',
    ],
    [
      { field: 'techStack', op: 'containsAll', value: ['Salesforce', 'Marketo'] },
      { techStack: ['Salesforce'] },
      'Tech stack Salesforce — lacks some of Salesforce and Marketo',
    ],
    [
      { field: 'lastVisitAt', op: 'withinDays', value: 30 },
      { lastVisitAt: '2026-11-02' },
      'Last visit Nov 2, 2026 (21 days ago) — within 30 days',
    ],
    [
      { field: 'lastVisitAt', op: 'olderThanDays', value: 1 },
      { lastVisitAt: '2026-11-22' },
      'Last visit Nov 22, 2026 (1 day ago) — within the last 1 day',
    ],
    [{ field: 'onTal', op: 'eq', value: true }, { onTal: false }, 'On the TAL No — not Yes'],
    [{ field: 'industry', op: 'exists', value: true }, {}, 'Industry missing'],
    [{ field: 'industry', op: 'exists', value: false }, {}, 'Industry empty, as required'],
    [{ field: 'custom.seats', op: 'gt', value: 10 }, { custom: { seats: 'lots' } }, 'seats "lots" — not a number, so gt cannot decide'],
    [{ field: 'custom.tier', op: 'eq', value: 'gold' }, { custom: { tier: 'gold' } }, 'tier gold — is gold'],
  ] as [Rule, Record<string, unknown>, string][])('%j on %j: %s', (rule, fields, text) => {
    expect(words(rule, fields)).toBe(text);
  });

  it('says the same in Russian and Chinese, with the locale’s numbers, dates, lists and picklist words', () => {
    expect(words(employees, { employees: 1800 }, 'ru')).toBe('Сотрудники 1\u00a0800 — в пределах 50–10\u00a0000');
    expect(words(employees, { employees: 1800 }, 'zh-CN')).toBe('员工人数 1,800 — 在 50–10,000 之间');
    expect(words({ field: 'industry', op: 'eq', value: 'Retail' }, {}, 'ru')).toBe('Отрасль: нет данных');
    expect(words({ field: 'industry', op: 'eq', value: 'Retail' }, {}, 'zh-CN')).toBe('行业 缺失');
    expect(words({ field: 'lastVisitAt', op: 'withinDays', value: 30 }, { lastVisitAt: '2026-11-01' }, 'ru')).toMatch(
      /^Последний визит 1 нояб\. 2026\sг\. \(22 дня назад\) — не позднее 30 дней$/,
    );
    expect(words({ field: 'customerType', op: 'nin', value: ['customer'] }, { customerType: 'prospect' }, 'ru')).toBe(
      'Тип клиента Потенциальный клиент — не Клиент',
    );
    expect(words({ field: 'industry', op: 'in', value: ['Software', 'Retail'] }, { industry: 'Media' }, 'zh-CN')).toBe(
      '行业 Media — 不属于 Software或Retail',
    );
  });

  it('describes combinators with their children', () => {
    const rule: Rule = { all: [{ field: 'industry', op: 'eq', value: 'Retail' }, { not: { field: 'employees', op: 'lt', value: 50 } }] };
    expect(words(rule, { industry: 'Retail', employees: 20 })).toBe('all of [Industry Retail — is Retail; not [Employees 20 — below 50]]');
    expect(words(rule, { industry: 'Retail', employees: 20 }, 'zh-CN')).toBe(
      '全部满足 [行业 Retail — 等于 Retail；不满足 [员工人数 20 — 小于 50]]',
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
