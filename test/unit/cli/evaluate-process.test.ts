import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readExample } from '../rules/example-accounts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const F = 'test/fixtures/examples';
const run = promisify(execFile);

/** `npm run --silent tal -- ...` in a real process, as a user's script runs it. */
async function tal(...args: string[]) {
  return run('npm', ['run', '--silent', 'tal', '--', ...args], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
}

describe('tal in a real process', () => {
  it('evaluate prints the expected lines on stdout', async () => {
    const { stdout } = await tal(
      'evaluate',
      '--playbook',
      `${F}/playbook.json`,
      '--accounts',
      `${F}/accounts.csv`,
      '--answers',
      `${F}/answers.json`,
      '--now',
      '2026-11-23T00:00:00Z',
    );
    const expected = readExample('expected-evaluate.ndjson')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(
      stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual(expected);
  });

  it('health prints one JSON report, and bad usage exits 2', async () => {
    const { stdout } = await tal(
      'health',
      '--playbook',
      `${F}/playbook.json`,
      '--accounts',
      `${F}/accounts.csv`,
      '--now',
      '2026-11-23T00:00:00Z',
    );
    expect(JSON.parse(stdout)).toMatchObject({ accounts: 22, unassigned: 7, overlapping: 0 });
    await expect(tal('evaluate', '--playbook', `${F}/playbook.json`)).rejects.toMatchObject({ code: 2 });
  });
});
