import { describe, expect, it } from 'vitest';
import { compileIcp, decideVerdict } from '@/lib/rules/icp';
import { type Playbook, PlaybookSchema } from '@/lib/schema/playbook';
import { account, NOW } from './judge';

const SETTINGS = { thresholds: { fit: 0.8, partial: 0.5 }, minCoverage: 0.5 };

/** The ICP part of a playbook, with the schema's defaults. */
function icpOf(icp: unknown): Playbook['icp'] {
  return PlaybookSchema.parse({ version: 1, name: 'T', icp }).icp;
}

describe('decideVerdict follows the order of spec §3', () => {
  it.each([
    ['a failed required criterion wins over everything', { requiredFailed: true, score: 1, coverage: 1 }, 'no-fit'],
    ['a failed required criterion wins over missing data', { requiredFailed: true, score: null, coverage: 0 }, 'no-fit'],
    ['coverage below the minimum needs data, even with a perfect score', { requiredFailed: false, score: 1, coverage: 0.49 }, 'needs-data'],
    ['coverage exactly at the minimum is enough', { requiredFailed: false, score: 1, coverage: 0.5 }, 'fit'],
    ['a score at the fit threshold is fit', { requiredFailed: false, score: 0.8, coverage: 1 }, 'fit'],
    ['a score just below fit is partial', { requiredFailed: false, score: 0.7999, coverage: 1 }, 'partial'],
    ['a score at the partial threshold is partial', { requiredFailed: false, score: 0.5, coverage: 1 }, 'partial'],
    ['a score below partial is no-fit', { requiredFailed: false, score: 0.4999, coverage: 1 }, 'no-fit'],
    ['nothing decided needs data', { requiredFailed: false, score: null, coverage: 0 }, 'needs-data'],
  ] as const)('%s', (_why, inputs, verdict) => {
    expect(decideVerdict(inputs, SETTINGS)).toBe(verdict);
  });

  it('treats a null score as needing data even when minCoverage is 0', () => {
    expect(decideVerdict({ requiredFailed: false, score: null, coverage: 0 }, { ...SETTINGS, minCoverage: 0 })).toBe('needs-data');
  });
});

describe('compileIcp', () => {
  const evaluate = compileIcp(
    icpOf({
      minCoverage: 0.4,
      criteria: [
        { id: 'not-customer', label: 'Not a customer', required: true, rule: { field: 'customerType', op: 'nin', value: ['customer'] } },
        { id: 'industry', label: 'Industry', weight: 2, rule: { field: 'industry', op: 'in', value: ['Software'] } },
        { id: 'size', label: 'Size', section: 'fit', rule: { field: 'employees', op: 'between', value: [50, 10000] } },
        { id: 'need', label: 'Needs us', manual: true },
        { id: 'pains', label: 'Pains', section: 'loyalty', manual: true, describe: true },
      ],
    }),
  );

  it('weighs passed against decided criteria and decided against all, with exact floats', () => {
    const result = evaluate(account({ customerType: 'prospect', industry: 'Software', employees: 20 }), { need: false }, NOW);
    // passed 1 + 2 of decided 1 + 2 + 1 + 1; decided 5 of 6.
    expect(result.score).toBe(3 / 5);
    expect(result.coverage).toBe(5 / 6);
    expect(result.verdict).toBe('partial');
    expect(result.criteria.map((c) => [c.id, c.status])).toEqual([
      ['not-customer', 'pass'],
      ['industry', 'pass'],
      ['size', 'fail'],
      ['need', 'fail'],
      ['pains', 'unanswered'],
    ]);
  });

  it('reads the rep answers for manual criteria only: true passes, false fails, absent is unanswered', () => {
    const result = evaluate(account({ customerType: 'prospect' }), { need: true, industry: true } as Record<string, boolean>, NOW);
    expect(result.criteria.find((c) => c.id === 'need')?.status).toBe('pass');
    expect(result.criteria.find((c) => c.id === 'industry')?.status).toBe('unknown');
    expect(result.criteria.find((c) => c.id === 'pains')?.status).toBe('unanswered');
  });

  it('keeps label, section, weight, required and the evidence of every rule criterion', () => {
    const [first, , size, need] = evaluate(account({ customerType: 'customer', employees: 1800 }), undefined, NOW).criteria;
    expect(first).toMatchObject({ label: 'Not a customer', weight: 1, required: true, manual: false, status: 'fail' });
    expect(size).toEqual({
      id: 'size',
      label: 'Size',
      section: 'fit',
      weight: 1,
      required: false,
      manual: false,
      status: 'pass',
      evidence: { key: 'evidence.between', status: 'pass', params: { field: 'employees', actual: 1800, min: 50, max: 10000 } },
    });
    expect(need).toMatchObject({ manual: true, status: 'unanswered', evidence: null });
  });

  it('says no-fit when a required criterion fails, whatever the score', () => {
    const result = evaluate(account({ customerType: 'customer', industry: 'Software', employees: 100 }), { need: true, pains: true }, NOW);
    expect(result.score).toBe(5 / 6);
    expect(result.verdict).toBe('no-fit');
  });

  it('needs data with nothing decided: score null, coverage 0', () => {
    expect(evaluate(account({}), undefined, NOW)).toMatchObject({ verdict: 'needs-data', score: null, coverage: 0 });
  });

  it('has coverage 0 and needs data for a checklist with no criteria', () => {
    expect(compileIcp(icpOf({ criteria: [] }))(account({}), undefined, NOW)).toEqual({
      verdict: 'needs-data',
      score: null,
      coverage: 0,
      criteria: [],
    });
  });
});
