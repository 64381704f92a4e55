import { describe, expect, it } from 'vitest';
import { compilePlaybook } from '@/lib/rules/compile-playbook';
import { createGoalCounter } from '@/lib/rules/segment-goals';
import type { Account } from '@/lib/schema/account';
import { parsePlaybook } from '@/lib/schema/load-playbook';

const playbook = (measure: unknown) => {
  const parsed = parsePlaybook({
    version: 1,
    name: 'Goals',
    icp: { criteria: [] },
    segments: {
      list: [
        {
          id: 'big',
          name: 'Big',
          goal: 'Land the big ones',
          measure,
          rule: { field: 'employees', op: 'gte', value: 1000 },
          children: [
            {
              id: 'big-retail',
              name: 'Retail',
              measure: { metric: 'customers', target: 2 },
              rule: { field: 'industry', op: 'eq', value: 'Retail' },
            },
          ],
        },
      ],
    },
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return compilePlaybook(parsed.playbook);
};

describe('segment goals', () => {
  it('counts each measured segment’s accounts that count toward its metric', () => {
    const counter = createGoalCounter(playbook({ metric: 'engaged', target: 3, period: 'quarter' }), Date.parse('2026-11-23T00:00:00Z'));
    const accounts: [Account, boolean][] = [
      [{ id: 'a', name: 'A', employees: 5000, pageViews90d: 3, industry: 'Retail', customerType: 'customer' }, true],
      [{ id: 'b', name: 'B', employees: 2000, pageViews90d: 2 }, true],
      [{ id: 'c', name: 'C', employees: 20, pageViews90d: 9 }, false],
      [{ id: 'd', name: 'D', employees: 1500, pageViews90d: 12, industry: 'Retail' }, false],
    ];
    for (const [account, onTal] of accounts) counter.add(account, onTal);
    expect(counter.progress()).toEqual([
      { id: 'big', name: 'Big', goal: 'Land the big ones', measure: { metric: 'engaged', target: 3, period: 'quarter' }, value: 2 },
      { id: 'big-retail', name: 'Retail', measure: { metric: 'customers', target: 2 }, value: 1 },
    ]);
  });

  it('refuses a measure that cannot be counted, by JSON path', () => {
    const parsed = parsePlaybook({
      version: 1,
      name: 'Goals',
      icp: { criteria: [] },
      segments: {
        list: [{ id: 's', name: 'S', rule: { field: 'employees', op: 'gte', value: 1 }, measure: { metric: 'revenue', target: 0 } }],
      },
    });
    expect(parsed.ok ? [] : parsed.errors).toEqual([
      expect.stringMatching(/^segments\.list\[0\]\.measure\.metric: /),
      'segments.list[0].measure.target: target must be 1 or more',
    ]);
  });
});
