import { describe, expect, it } from 'vitest';
import { customerProfile } from '@/lib/rules/customer-profile';
import type { Account } from '@/lib/schema/account';

const customer = (id: string, extra: Partial<Account>): Account => ({ id, name: id, customerType: 'customer', ...extra });

describe('customerProfile', () => {
  const accounts: Account[] = [
    ...Array.from({ length: 10 }, (_, i) =>
      customer(`c${i}`, { employees: (i + 1) * 100, industry: i < 6 ? 'Software' : i < 9 ? 'Financial Services' : 'Retail' }),
    ),
    customer('c10', { techStack: ['Salesforce', 'Snowflake'] }),
    customer('c11', { techStack: ['salesforce'] }),
    { id: 'p1', name: 'Prospect', customerType: 'prospect', employees: 999_999, industry: 'Mining' },
  ];

  it('gives the range that holds most customers’ numbers, and the most common values with their shares, as rules', () => {
    const [employees, industry, stack, region] = customerProfile(accounts, ['employees', 'industry', 'techStack', 'region']);
    expect(employees).toMatchObject({
      kind: 'range',
      customers: 12,
      known: 10,
      min: 100,
      max: 900,
      rule: { field: 'employees', op: 'between', value: [100, 900] },
    });
    expect(employees?.kind === 'range' && employees.share).toBeCloseTo(0.9);
    expect(industry).toMatchObject({
      kind: 'values',
      known: 10,
      top: [
        { value: 'Software', share: 0.6 },
        { value: 'Financial Services', share: 0.3 },
      ],
      rule: { field: 'industry', op: 'in', value: ['Software', 'Financial Services'] },
    });
    // Lists count each element, case folded; their rule asks for any of the values.
    expect(stack).toMatchObject({
      kind: 'values',
      top: [{ value: 'Salesforce', share: 1 }],
      rule: { op: 'containsAny', value: ['Salesforce'] },
    });
    expect(region).toEqual({ field: 'region', kind: 'none', customers: 12, known: 0 });
  });

  it('learns nothing without customers', () => {
    expect(customerProfile([{ id: 'p', name: 'P', employees: 5 }], ['employees'])).toEqual([
      { field: 'employees', kind: 'none', customers: 0, known: 0 },
    ]);
  });
});
