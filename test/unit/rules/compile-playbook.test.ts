import { afterEach, describe, expect, it, vi } from 'vitest';
import { compilePlaybook } from '@/lib/rules/compile-playbook';
import { OPERATOR_NAMES, OPERATORS } from '@/lib/rules/operators';
import { parsePlaybook } from '@/lib/schema/load-playbook';
import { exampleAccounts, readExample } from './example-accounts';
import { NOW } from './judge';

function examplePlaybook() {
  const parsed = parsePlaybook(JSON.parse(readExample('playbook.json')));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.playbook;
}

describe('compilePlaybook', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('checks rule values when compiling, never while evaluating an account', () => {
    const spies = OPERATOR_NAMES.flatMap((op) => [vi.spyOn(OPERATORS[op].value, 'parse'), vi.spyOn(OPERATORS[op].value, 'safeParse')]);
    const playbook = examplePlaybook();
    const compiled = compilePlaybook(playbook);
    const atCompile = spies.reduce((sum, spy) => sum + spy.mock.calls.length, 0);
    expect(atCompile).toBeGreaterThan(0);
    for (const account of exampleAccounts()) compiled.evaluate(account, undefined, NOW);
    expect(spies.reduce((sum, spy) => sum + spy.mock.calls.length, 0)).toBe(atCompile);
  });

  it('takes now as a Date or as epoch milliseconds, with the same result', () => {
    const compiled = compilePlaybook(examplePlaybook());
    const [first] = exampleAccounts();
    expect(compiled.evaluate(first!, undefined, new Date(NOW))).toEqual(compiled.evaluate(first!, undefined, NOW));
  });

  it('gives the segments with their goals and the priority with its factors', () => {
    const compiled = compilePlaybook(examplePlaybook());
    const a001 = exampleAccounts()[0]!;
    const result = compiled.evaluate(a001, undefined, NOW);
    expect(result.segments).toEqual([
      { id: 'ent-customers', name: 'Enterprise customers', parentId: null, depth: 0 },
      { id: 'ent-customers-retail', name: 'Retail', goal: '$2M through the funnel this quarter', parentId: 'ent-customers', depth: 1 },
    ]);
    expect(result.priority).toMatchObject({ score: 64.3, tier: 'one-to-few', tierName: '1:few' });
    expect(result.priority.factors.map((f) => f.id)).toEqual(['fit', 'intent', 'engagement', 'revenue-potential']);
  });
});
