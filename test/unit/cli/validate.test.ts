import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTal } from './run-tal';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/examples');

describe('tal validate', () => {
  it('accepts the example playbook', async () => {
    const result = await runTal(['validate', path.join(FIXTURES, 'playbook.json')]);
    expect(result).toEqual({ code: 0, stdout: '{"ok":true}\n', stderr: '' });
  });

  it('lists every error of a playbook with ten mistakes, by JSON path, and exits 1', async () => {
    const bad = {
      version: 2,
      name: 'Broken',
      icp: {
        criteria: [
          { id: 'a', label: 'A', rule: { field: 'employees', op: 'equals', value: 1 } },
          { id: 'a', label: 'B', manual: true, rule: { field: 'industry', op: 'exists', value: true } },
          { id: 'c', label: 'C', weight: 0, rule: { field: 'employees', op: 'between', value: [1] } },
        ],
      },
      segments: {
        list: [
          {
            id: 's',
            name: 'S',
            rule: { field: 'industry', op: 'exists', value: true },
            children: [{ id: 's', name: 'S2', rule: { field: 'industrie', op: 'eq', value: 'x' } }],
          },
        ],
      },
      priority: { factors: [{ id: 'f', field: 'intentScore', weight: 1 }], tiers: [{ id: 't', min: 120 }] },
      tal: { teams: [{ id: 'ka', name: 'KA', addQuota: -1 }] },
    };
    const result = await runTal(['validate', 'bad.json'], { 'bad.json': JSON.stringify(bad) });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const expected = [
      'version: version must be 1',
      'icp.criteria[0].rule.op: unknown operator "equals"',
      'icp.criteria[1].id: duplicate criterion id "a"',
      'icp.criteria[1]: a criterion has exactly one of "rule" or "manual": true',
      'icp.criteria[2].weight: must be greater than 0',
      'icp.criteria[2].rule.value: between: between takes two bounds',
      'segments.list[0].children[0].id: duplicate segment id "s"',
      'segments.list[0].children[0].rule.field: unknown field "industrie"',
      'priority.factors[0].max: factor on "intentScore" needs "max"',
      'priority.tiers[0].min:',
      'tal.teams[0].addQuota: addQuota must be 0 or more',
    ];
    for (const line of expected) expect(result.stderr).toContain(line);
    expect(result.stderr).toContain('bad.json: invalid playbook (11 errors)');
  });

  it('says a file that is not JSON is not JSON, and exits 1', async () => {
    const result = await runTal(['validate', 'x.json'], { 'x.json': 'name: not json' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^x\.json: not valid JSON/);
  });

  it('names a missing file', async () => {
    const result = await runTal(['validate', '/nonexistent/playbook.json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('/nonexistent/playbook.json: no such file');
  });

  it('exits 2 on bad usage', async () => {
    expect((await runTal(['validate'])).code).toBe(2);
    expect((await runTal(['validate', 'a', 'b'])).code).toBe(2);
    expect((await runTal(['validate', '--nope', 'a'])).code).toBe(2);
    expect((await runTal(['frobnicate'])).code).toBe(2);
    expect((await runTal([])).code).toBe(2);
  });
});
