import { describe, expect, it } from 'vitest';
import { compilePlaybook } from '@/lib/rules/compile-playbook';
import { buildHealthReport } from '@/lib/rules/health';
import { healthChecks } from '@/lib/rules/health-checks';
import { PlaybookSchema } from '@/lib/schema/playbook';
import { account, NOW } from './judge';

const segment = (id: string, rule: unknown, children?: unknown[]) => ({ id, name: id, rule, ...(children ? { children } : {}) });

function compiled(assign: 'first' | 'all') {
  const list = [
    segment('big', { field: 'employees', op: 'gte', value: 1000 }, [
      segment('big-retail', { field: 'industry', op: 'eq', value: 'Retail' }),
    ]),
    segment('retail', { field: 'industry', op: 'eq', value: 'Retail' }),
  ];
  return compilePlaybook(PlaybookSchema.parse({ version: 1, name: 'T', icp: { criteria: [] }, segments: { assign, list } }));
}

const ACCOUNTS = [
  account({ id: 'a', employees: 5000, industry: 'Retail' }), // passes both top-level rules
  account({ id: 'b', employees: 5000, industry: 'Media' }),
  account({ id: 'c', employees: 10, industry: 'Retail' }),
  account({ id: 'd', employees: 10, industry: 'Media' }), // in none
  account({ id: 'e', industry: 'Media' }), // in none, for lack of employees
];

describe('buildHealthReport', () => {
  it('counts sizes under assign "first", and overlapping accounts whatever the mode', () => {
    const report = buildHealthReport(compiled('first'), ACCOUNTS, NOW);
    expect(report).toMatchObject({
      accounts: 5,
      segments: [
        { id: 'big', size: 2, share: 0.4 },
        { id: 'retail', size: 1, share: 0.2 },
      ],
      unassigned: 2,
      overlapping: 1,
      undecided: 1,
      subsegments: [{ id: 'big-retail', parentId: 'big', size: 1, share: 0.2 }],
    });
  });

  it('counts an overlapping account in every segment it passes under assign "all"', () => {
    const report = buildHealthReport(compiled('all'), ACCOUNTS, NOW);
    expect(report.segments).toEqual([
      { id: 'big', size: 2, share: 0.4 },
      { id: 'retail', size: 2, share: 0.4 },
    ]);
    expect(report.overlapping).toBe(1);
  });

  it('reports an empty account list without dividing by zero', () => {
    const report = buildHealthReport(compiled('first'), [], NOW);
    expect(report.segments).toEqual([
      { id: 'big', size: 0, share: 0 },
      { id: 'retail', size: 0, share: 0 },
    ]);
    expect(report.checks.find((c) => c.id === 'one-segment-each')).toMatchObject({ ok: true });
  });

  it('lets the caller set what counts as too small', () => {
    const strict = buildHealthReport(compiled('first'), ACCOUNTS, NOW, { minSegmentSize: 2 });
    expect(strict.checks.find((c) => c.id === 'segment-size')).toMatchObject({
      ok: false,
      params: { min: 2, small: ['retail'], sizes: [1] },
      detail: 'Too small to learn from, with fewer than 2 accounts: retail (1).',
    });
  });
});

describe('healthChecks', () => {
  const sized = (...sizes: number[]) => sizes.map((size, i) => ({ id: `s${i + 1}`, size }));
  const figures = (segments: { id: string; size: number }[], unassigned = 0, overlapping = 0, undecided = 0) => ({
    accounts: 100,
    segments,
    unassigned,
    overlapping,
    undecided,
  });

  it.each([
    [0, false, '0 top-level segments: too few to run different plays; aim for 4–5 (2–3 is fine to start).'],
    [1, false, '1 top-level segment: too few to run different plays; aim for 4–5 (2–3 is fine to start).'],
    [2, true, '2 top-level segments: fine to start; 4–5 is the sweet spot.'],
    [3, true, '3 top-level segments: fine to start; 4–5 is the sweet spot.'],
    [4, true, '4 top-level segments: within the 4–5 sweet spot.'],
    [5, true, '5 top-level segments: within the 4–5 sweet spot.'],
    [6, false, '6 top-level segments: too many to give each its own plays; aim for 4–5.'],
  ])('%s segments: segment-count ok is %s', (count, ok, detail) => {
    const [check] = healthChecks(figures(sized(...Array<number>(count).fill(20))));
    expect(check).toEqual({ id: 'segment-count', ok, detail, params: { count } });
  });

  it('flags every segment below the minimum size, and passes when none is', () => {
    expect(healthChecks(figures(sized(20, 4, 5, 0)))[1]).toMatchObject({
      ok: false,
      detail: 'Too small to learn from, with fewer than 5 accounts: s2 (4), s4 (0).',
    });
    expect(healthChecks(figures(sized(5, 5)))[1]).toMatchObject({
      ok: true,
      detail: 'Every segment has at least 5 accounts to learn from.',
    });
  });

  it('wants every account in exactly one top-level segment', () => {
    const check = (unassigned: number, overlapping: number, undecided = 0) =>
      healthChecks(figures(sized(50, 50), unassigned, overlapping, undecided))[2];
    expect(check(0, 0)).toMatchObject({ ok: true, detail: 'All 100 accounts are in exactly one top-level segment.' });
    expect(check(0, 3)).toMatchObject({ ok: false, detail: '3 match the rules of more than one.' });
    expect(check(7, 2, 5)).toMatchObject({
      ok: false,
      detail: '7 of 100 accounts are in no top-level segment (5 of them might match with more data); 2 match the rules of more than one.',
    });
  });
});
