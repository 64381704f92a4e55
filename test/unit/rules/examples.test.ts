import { describe, expect, it } from 'vitest';
import { AnswersFileSchema } from '@/lib/rules/answers';
import { toEvaluateLine } from '@/lib/rules/evaluate-line';
import { buildHealthReport } from '@/lib/rules/health';
import { exampleAccounts, examplePlaybook, readExample } from './example-accounts';
import { pickKeysOf } from './pick-keys';

const NOW = Date.parse('2026-11-23T00:00:00Z');

describe('the shared examples', () => {
  it('reproduce expected-evaluate.ndjson exactly, line by line, floats and key order included', () => {
    const compiled = examplePlaybook();
    const answers = AnswersFileSchema.parse(JSON.parse(readExample('answers.json')));
    const expected = readExample('expected-evaluate.ndjson')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const actual = exampleAccounts().map((account) => toEvaluateLine(compiled.evaluate(account, answers[account.id], NOW)));
    expect(actual).toHaveLength(22);
    actual.forEach((line, i) => {
      expect(JSON.stringify(line), line.accountId).toBe(JSON.stringify(expected[i]));
    });
  });

  it('reproduce expected-health.json on the keys it has, and add shares and checks', () => {
    const report = buildHealthReport(examplePlaybook(), exampleAccounts(), NOW);
    const expected = JSON.parse(readExample('expected-health.json'));
    expect(pickKeysOf(report, expected)).toEqual(expected);
    expect(report.segments.map((s) => s.share)).toEqual([0.091, 0.273, 0.136, 0.182]);
    expect(report.checks.map((c) => [c.id, c.ok])).toEqual([
      ['segment-count', true],
      ['segment-size', false],
      ['one-segment-each', false],
    ]);
    expect(report.checks.map((c) => c.detail)).toEqual([
      '4 top-level segments: within the 4–5 sweet spot.',
      'Too small to learn from, with fewer than 5 accounts: ent-customers (2), mid-customers (3), engaged-prospects (4).',
      '7 of 22 accounts are in no top-level segment (5 of them might match with more data).',
    ]);
  });
});
