import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExample } from '../rules/example-accounts';
import { pickKeysOf } from '../rules/pick-keys';
import { runTal } from './run-tal';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/examples');
const ARGS = [
  'health',
  '--playbook',
  path.join(FIXTURES, 'playbook.json'),
  '--accounts',
  path.join(FIXTURES, 'accounts.csv'),
  '--now',
  '2026-11-23T00:00:00Z',
];

describe('tal health', () => {
  it('reproduces expected-health.json on its keys, adding shares and the checklist', async () => {
    const result = await runTal(ARGS);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout);
    const expected = JSON.parse(readExample('expected-health.json'));
    expect(pickKeysOf(report, expected)).toEqual(expected);
    expect(report.segments[0]).toEqual({ id: 'ent-customers', size: 2, share: 0.091 });
    expect(report.checks.map((c: { id: string; ok: boolean }) => [c.id, c.ok])).toEqual([
      ['segment-count', true],
      ['segment-size', false],
      ['one-segment-each', false],
    ]);
  });

  it('takes the smallest useful segment size from --min-segment-size', async () => {
    const report = JSON.parse((await runTal([...ARGS, '--min-segment-size', '2'])).stdout);
    expect(report.checks[1]).toMatchObject({ id: 'segment-size', ok: true });
  });

  it.each([
    [['health', '--accounts', 'a.csv'], '--playbook <file> is required'],
    [[...ARGS, '--min-segment-size', '0'], '--min-segment-size "0" must be a whole number of 1 or more'],
    [[...ARGS, '--id', 'A001'], 'Unknown option'],
  ])('exits 2 on bad usage: %j', async (argv, message) => {
    const result = await runTal(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
