import { describe, expect, it } from 'vitest';
import { parsePlaybook } from '@/lib/schema/load-playbook';
import { validPlaybook } from './playbook-fixture';

/** The errors of a document, or [] when it is valid. */
function errorsOf(document: unknown): string[] {
  const result = parsePlaybook(document);
  return result.ok ? [] : result.errors;
}

/** The valid playbook with one change made by `edit`. */
function withEdit(edit: (p: ReturnType<typeof validPlaybook> & Record<string, unknown>) => void): unknown {
  const playbook = validPlaybook() as ReturnType<typeof validPlaybook> & Record<string, unknown>;
  edit(playbook);
  return playbook;
}

const criterion = (extra: Record<string, unknown>) => ({ id: 'x', label: 'X', ...extra });

describe('parsePlaybook', () => {
  it('accepts a valid playbook and fills the defaults of spec §2', () => {
    const result = parsePlaybook({ version: 1, name: 'Minimal', icp: { criteria: [criterion({ manual: true })] } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.playbook.currency).toBe('USD');
    expect(result.playbook.icp.thresholds).toEqual({ fit: 0.8, partial: 0.5 });
    expect(result.playbook.icp.minCoverage).toBe(0.5);
    expect(result.playbook.icp.criteria[0]).toMatchObject({ weight: 1, required: false });
    expect(result.playbook.segments).toEqual({ assign: 'first', list: [] });
    expect(result.playbook.priority).toEqual({ factors: [], tiers: [] });
    expect(result.playbook.tal).toEqual({ period: 'quarter', teams: [] });
    expect(errorsOf(validPlaybook())).toEqual([]);
  });

  it.each([
    ['an unknown operator', { rule: { field: 'employees', op: 'equals', value: 1 } }, 'icp.criteria[2].rule.op: unknown operator "equals"'],
    ['a missing operator', { rule: { field: 'employees', value: 1 } }, 'icp.criteria[2].rule.op: unknown operator null'],
    ['an unknown field', { rule: { field: 'headcount', op: 'gt', value: 1 } }, 'icp.criteria[2].rule.field: unknown field "headcount"'],
    [
      'an empty custom header',
      { rule: { field: 'custom.', op: 'exists', value: true } },
      'icp.criteria[2].rule.field: unknown field "custom."',
    ],
    ['a missing value', { rule: { field: 'employees', op: 'gt' } }, 'icp.criteria[2].rule.value: operator "gt" needs a value'],
    ['a text value for gt', { rule: { field: 'employees', op: 'gt', value: '5' } }, 'icp.criteria[2].rule.value: gt:'],
    [
      'between with one bound',
      { rule: { field: 'employees', op: 'between', value: [50] } },
      'icp.criteria[2].rule.value: between: between takes two bounds',
    ],
    ['between with three bounds', { rule: { field: 'employees', op: 'between', value: [1, 2, 3] } }, 'between takes two bounds'],
    ['between with a number', { rule: { field: 'employees', op: 'between', value: 50 } }, 'between takes two bounds'],
    ['between with min above max', { rule: { field: 'employees', op: 'between', value: [100, 50] } }, 'between: min must not exceed max'],
    ['in with an empty list', { rule: { field: 'industry', op: 'in', value: [] } }, 'icp.criteria[2].rule.value: in:'],
    ['negative withinDays', { rule: { field: 'lastVisitAt', op: 'withinDays', value: -1 } }, 'icp.criteria[2].rule.value: withinDays:'],
    ['exists with a text value', { rule: { field: 'industry', op: 'exists', value: 'yes' } }, 'icp.criteria[2].rule.value: exists:'],
    ['an empty all', { rule: { all: [] } }, 'icp.criteria[2].rule.all: all takes a non-empty list of rules'],
    ['two combinators in one rule', { rule: { all: [{ field: 'industry', op: 'exists', value: true }], not: {} } }, 'exactly one key'],
    [
      'an unknown key in a leaf',
      { rule: { field: 'industry', op: 'exists', value: true, note: 'x' } },
      'icp.criteria[2].rule.note: unknown key "note"',
    ],
    ['a rule that is no object', { rule: 'industry = Retail' }, 'icp.criteria[2].rule: a rule must be an object'],
    [
      'both rule and manual',
      { manual: true, rule: { field: 'industry', op: 'exists', value: true } },
      'icp.criteria[2]: a criterion has exactly one of "rule" or "manual": true',
    ],
    ['neither rule nor manual', {}, 'icp.criteria[2]: a criterion has exactly one of "rule" or "manual": true'],
    [
      'describe on a rule criterion',
      { describe: true, rule: { field: 'industry', op: 'exists', value: true } },
      'icp.criteria[2].describe:',
    ],
    ['a weight of 0', { manual: true, weight: 0 }, 'icp.criteria[2].weight: must be greater than 0'],
    ['a negative weight', { manual: true, weight: -2 }, 'icp.criteria[2].weight: must be greater than 0'],
    ['an empty id', { id: ' ', manual: true }, 'icp.criteria[2].id: id must not be empty'],
  ])('rejects a criterion with %s, by its JSON path', (_what, extra, message) => {
    const errors = errorsOf(withEdit((p) => p.icp.criteria.push(criterion(extra) as never)));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it('finds a bad leaf deep inside nested combinators', () => {
    const rule = {
      all: [{ any: [{ field: 'industry', op: 'exists', value: true }, { not: { field: 'employees', op: 'gte', value: 'x' } }] }],
    };
    expect(errorsOf(withEdit((p) => p.icp.criteria.push(criterion({ rule }) as never)))).toEqual([
      'icp.criteria[2].rule.all[0].any[1].not.value: gte: Invalid input: expected number, received string',
    ]);
  });

  it('refuses rules nested beyond 32 levels instead of overflowing the stack', () => {
    let rule: unknown = { field: 'industry', op: 'exists', value: true };
    for (let i = 0; i < 40; i++) rule = { not: rule };
    expect(errorsOf(withEdit((p) => p.icp.criteria.push(criterion({ rule }) as never)))[0]).toContain('nested too deeply');
  });

  it.each([
    [
      'criteria',
      (p: ReturnType<typeof validPlaybook>) => p.icp.criteria.push(criterion({ id: 'need', manual: true }) as never),
      'icp.criteria[2].id: duplicate criterion id "need" (first at [1])',
    ],
    [
      'factors',
      (p: ReturnType<typeof validPlaybook>) => p.priority?.factors.push({ id: 'fit', source: 'icp', weight: 1 }),
      'priority.factors[2].id: duplicate factor id "fit"',
    ],
    [
      'tiers',
      (p: ReturnType<typeof validPlaybook>) => p.priority?.tiers.push({ id: 'a', min: 10 }),
      'priority.tiers[2].id: duplicate tier id "a"',
    ],
    [
      'teams',
      (p: ReturnType<typeof validPlaybook>) => p.tal?.teams.push({ id: 'ka', name: 'Again', addQuota: 1 }),
      'tal.teams[1].id: duplicate team id "ka"',
    ],
    [
      'top-level segments',
      (p: ReturnType<typeof validPlaybook>) =>
        p.segments?.list.push({ id: 'big', name: 'Again', rule: { field: 'industry', op: 'exists', value: true } }),
      'segments.list[1].id: duplicate segment id "big" (first at segments.list[0])',
    ],
    [
      'a child and a later top-level segment',
      (p: ReturnType<typeof validPlaybook>) =>
        p.segments?.list.push({ id: 'big-retail', name: 'Again', rule: { field: 'industry', op: 'exists', value: true } }),
      'segments.list[1].id: duplicate segment id "big-retail" (first at segments.list[0].children[0])',
    ],
    [
      'a grandchild and its grandparent',
      (p: ReturnType<typeof validPlaybook>) => {
        p.segments!.list[0]!.children![0]!.children = [{ id: 'big', name: 'Deep', rule: { field: 'industry', op: 'exists', value: true } }];
      },
      'segments.list[0].children[0].children[0].id: duplicate segment id "big" (first at segments.list[0])',
    ],
  ])('rejects duplicate ids among %s', (_where, edit, message) => {
    const errors = errorsOf(withEdit(edit as never));
    expect(errors).toEqual([expect.stringContaining(message)]);
  });

  it.each([
    ['without max', { id: 'f', field: 'intentScore', weight: 1 }, 'priority.factors[2].max: factor on "intentScore" needs "max"'],
    [
      'with neither source nor field',
      { id: 'f', weight: 1 },
      'priority.factors[2]: a factor needs "source": "icp" or a "field" with "max"',
    ],
    [
      'with both source and field',
      { id: 'f', source: 'icp', field: 'intentScore', max: 1, weight: 1 },
      'priority.factors[2].field: a factor has either',
    ],
    ['on an unknown field', { id: 'f', field: 'intent', max: 100, weight: 1 }, 'priority.factors[2].field: unknown field "intent"'],
    ['with a weight of 0', { id: 'f', source: 'icp', weight: 0 }, 'priority.factors[2].weight: must be greater than 0'],
    ['with a max of 0', { id: 'f', field: 'intentScore', max: 0, weight: 1 }, 'priority.factors[2].max: must be greater than 0'],
  ])('rejects a factor %s', (_what, factor, message) => {
    const errors = errorsOf(withEdit((p) => p.priority?.factors.push(factor as never)));
    expect(errors).toEqual([expect.stringContaining(message)]);
  });

  it.each([
    ['a negative quota', -1, 'tal.teams[1].addQuota: addQuota must be 0 or more'],
    ['a fractional quota', 2.5, 'tal.teams[1].addQuota: addQuota must be a whole number'],
    ['a quota in words', 'ten', 'tal.teams[1].addQuota: Invalid input: expected number'],
  ])('rejects a team with %s', (_what, addQuota, message) => {
    const errors = errorsOf(withEdit((p) => p.tal?.teams.push({ id: 'mm', name: 'Mid-market', addQuota } as never)));
    expect(errors).toEqual([expect.stringContaining(message)]);
  });

  it.each([
    ['a tier above 100', (p: ReturnType<typeof validPlaybook>) => p.priority?.tiers.push({ id: 't', min: 101 }), 'priority.tiers[2].min:'],
    [
      'partial above fit',
      (p: ReturnType<typeof validPlaybook>) => {
        p.icp.thresholds = { fit: 0.5, partial: 0.8 };
      },
      'icp.thresholds.partial: partial threshold must not exceed fit',
    ],
    [
      'minCoverage above 1',
      (p: ReturnType<typeof validPlaybook>) => {
        p.icp.minCoverage = 1.5;
      },
      'icp.minCoverage:',
    ],
    [
      'an unknown assign mode',
      (p: ReturnType<typeof validPlaybook>) => {
        (p.segments as { assign: string }).assign = 'best';
      },
      'segments.assign:',
    ],
    [
      'an unknown period',
      (p: ReturnType<typeof validPlaybook>) => {
        (p.tal as { period: string }).period = 'week';
      },
      'tal.period:',
    ],
    [
      'a segment without a rule',
      (p: ReturnType<typeof validPlaybook>) => p.segments?.list.push({ id: 'n', name: 'No rule' } as never),
      'segments.list[1].rule: a rule is required here',
    ],
    [
      'an unknown top-level key',
      (p: Record<string, unknown>) => {
        p.owner = 'me';
      },
      'Unrecognized key: "owner"',
    ],
    [
      'version 2',
      (p: Record<string, unknown>) => {
        p.version = 2;
      },
      'version: version must be 1',
    ],
  ])('rejects %s', (_what, edit, message) => {
    expect(errorsOf(withEdit(edit as never))).toEqual([expect.stringContaining(message)]);
  });

  it('takes alerts and tal.recertify, naming each bad alert by JSON path', () => {
    const good = withEdit((p) => {
      p.alerts = [{ id: 'hot', label: 'Intent 70+', when: { field: 'intentScore', op: 'gte', value: 70 } }];
      (p.tal as Record<string, unknown>).recertify = { dormantDays: 60 };
    });
    const parsed = parsePlaybook(good);
    expect(parsed.ok && parsed.playbook.alerts).toEqual([
      { id: 'hot', label: 'Intent 70+', when: { field: 'intentScore', op: 'gte', value: 70 }, scope: 'tal' },
    ]);
    expect(parsed.ok && parsed.playbook.tal.recertify).toEqual({ dormantDays: 60 });
    const errors = errorsOf(
      withEdit((p) => {
        p.alerts = [
          { id: 'a', label: 'A', scope: 'team' as 'tal', when: { field: 'intentScore', op: 'gte', value: 70 } },
          { id: 'a', label: 'Again' } as never,
          { id: 'c', label: 'C', when: { field: 'intentScore', op: 'equals', value: 1 } },
        ];
        (p.tal as Record<string, unknown>).recertify = { dormantDays: 0 };
      }),
    );
    expect(errors).toEqual([
      'tal.recertify.dormantDays: must be greater than 0',
      'alerts[0].scope: Invalid option: expected one of "tal"|"all"',
      'alerts[1].when: a rule is required here',
      'alerts[2].when.op: unknown operator "equals"',
      'alerts[1].id: duplicate alert id "a" (first at [0])',
    ]);
  });

  it('lists every error at once, even next to errors that stop zod early (a fractional quota)', () => {
    const errors = errorsOf(
      withEdit((p) => {
        p.icp.criteria.push(criterion({ weight: 'heavy', manual: true, rule: { field: 'industry', op: 'like', value: 'x' } }) as never);
        p.tal?.teams.push({ id: 'ka', name: 'Again', addQuota: 1.5 });
        p.priority?.factors.push({ id: 'f', field: 'revenue', weight: 1 } as never);
      }),
    );
    expect(errors).toEqual([
      'icp.criteria[2].weight: Invalid input: expected number, received string',
      'icp.criteria[2].rule.op: unknown operator "like"',
      'icp.criteria[2]: a criterion has exactly one of "rule" or "manual": true',
      'priority.factors[2].max: factor on "revenue" needs "max" (the value that counts as 100%)',
      'priority.factors[2].field: unknown field "revenue" (use a canonical field or custom.<header>)',
      'tal.teams[1].addQuota: addQuota must be a whole number',
      'tal.teams[1].id: duplicate team id "ka" (first at [0])',
    ]);
  });

  it('rejects a document that is no object', () => {
    expect(errorsOf(null)).toEqual(['Invalid input: expected object, received null']);
    expect(errorsOf([])).toHaveLength(1);
  });
});
