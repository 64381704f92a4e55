import type { PlaybookInput } from '@/lib/schema/playbook';

/** A small valid playbook; tests break one thing at a time in a copy of it. */
export function validPlaybook(): PlaybookInput {
  return {
    version: 1,
    name: 'Test playbook',
    icp: {
      criteria: [
        { id: 'industry', label: 'Industry', rule: { field: 'industry', op: 'in', value: ['Software'] } },
        { id: 'need', label: 'Needs us', manual: true },
      ],
    },
    segments: {
      assign: 'first',
      list: [
        {
          id: 'big',
          name: 'Big',
          rule: { field: 'employees', op: 'gte', value: 1000 },
          children: [{ id: 'big-retail', name: 'Retail', rule: { field: 'industry', op: 'eq', value: 'Retail' } }],
        },
      ],
    },
    priority: {
      factors: [
        { id: 'fit', source: 'icp', weight: 2 },
        { id: 'intent', field: 'intentScore', max: 100, weight: 1 },
      ],
      tiers: [
        { id: 'a', min: 70 },
        { id: 'b', min: 0 },
      ],
    },
    tal: { period: 'quarter', teams: [{ id: 'ka', name: 'Key accounts', addQuota: 10 }] },
  };
}
