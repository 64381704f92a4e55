import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExample } from '../rules/example-accounts';
import { runTal } from './run-tal';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/examples');
const at = (file: string) => path.join(FIXTURES, file);
const NOW = ['--now', '2026-11-23T00:00:00Z'];

/** Each line of the output is the expected line, with the contract's keys in its order (numbers as JSON reads them). */
function expectLines(stdout: string, expectedFile: string) {
  const expected = readExample(expectedFile).trim().split('\n');
  const actual = stdout.trim().split('\n');
  expect(actual).toHaveLength(expected.length);
  actual.forEach((line, i) => {
    expect(line).toBe(JSON.stringify(JSON.parse(expected[i] as string)));
  });
}

describe('tal recertify', () => {
  const args = (accounts: string) => [
    'recertify',
    '--playbook',
    at('playbook-alerts.json'),
    '--accounts',
    at(accounts),
    '--answers',
    at('answers.json'),
    ...NOW,
  ];

  it('reproduces expected-recertify.ndjson and expected-recertify-after.ndjson exactly', async () => {
    const before = await runTal(args('accounts.csv'));
    expect(before.code).toBe(0);
    expect(before.stderr).toBe('');
    expectLines(before.stdout, 'expected-recertify.ndjson');
    const after = await runTal(args('accounts-after.csv'));
    expect(after.code).toBe(0);
    expectLines(after.stdout, 'expected-recertify-after.ndjson');
  });

  it('needs its files, as every command does', async () => {
    expect((await runTal(['recertify', '--accounts', at('accounts.csv')])).code).toBe(2);
    expect((await runTal(['recertify', '--playbook', at('playbook-alerts.json'), '--accounts', at('nope.csv')])).code).toBe(1);
  });
});

describe('tal alerts', () => {
  const args = (before: string, after: string) => [
    'alerts',
    '--playbook',
    at('playbook-alerts.json'),
    '--before',
    at(before),
    '--after',
    at(after),
    ...NOW,
  ];

  it('reproduces expected-alerts.ndjson exactly', async () => {
    const result = await runTal(args('accounts.csv', 'accounts-after.csv'));
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expectLines(result.stdout, 'expected-alerts.ndjson');
  });

  it('fires nothing when the same data comes twice (edge-triggered)', async () => {
    const result = await runTal(args('accounts-after.csv', 'accounts-after.csv'));
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
  });

  it('refuses a usage without --before or --after', async () => {
    expect((await runTal(['alerts', '--playbook', at('playbook-alerts.json'), '--after', at('accounts.csv')])).code).toBe(2);
  });
});
