import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAccountsText } from '@/lib/import';
import { createMemoryIndex } from '@/lib/recognize/memory-index';
import { recognize } from '@/lib/recognize/recognize';
import { runTal } from '../cli/run-tal';

const EXAMPLES = 'test/fixtures/examples';
const expectations = JSON.parse(readFileSync(`${EXAMPLES}/expected-recognize.json`, 'utf8')) as {
  url: string;
  expect: Record<string, unknown>;
}[];
const { accounts } = parseAccountsText(readFileSync(`${EXAMPLES}/accounts.csv`, 'utf8'), 'accounts.csv');

/** The keys each expectation names, taken from an answer. */
function picked(answer: Record<string, unknown>, expected: Record<string, unknown>) {
  return Object.fromEntries(Object.keys(expected).map((key) => [key, answer[key]]));
}

describe('the public recognition examples (spec §5)', () => {
  it('has expectations to check', () => {
    expect(expectations.length).toBeGreaterThanOrEqual(15);
    expect(accounts.length).toBeGreaterThanOrEqual(20);
  });

  it.each(expectations)('recognize($url)', async ({ url, expect: expected }) => {
    const answer = await recognize(url, { index: createMemoryIndex(accounts) });
    expect(picked(answer, expected)).toEqual(expected);
  });

  it.each(expectations)('tal recognize $url --accounts accounts.csv', async ({ url, expect: expected }) => {
    const { code, stdout, stderr } = await runTal(['recognize', url, '--accounts', `${EXAMPLES}/accounts.csv`]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(Object.keys(answer)).toEqual(['source', 'domain', 'recordId', 'objectType', 'slug', 'name', 'match', 'candidates']);
    expect(picked(answer, expected)).toEqual(expected);
  });
});
