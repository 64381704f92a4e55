import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExample } from '../rules/example-accounts';
import { runTal } from './run-tal';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/examples');
const PLAYBOOK = path.join(FIXTURES, 'playbook.json');
const ACCOUNTS = path.join(FIXTURES, 'accounts.csv');
const ANSWERS = path.join(FIXTURES, 'answers.json');
const NOW = ['--now', '2026-11-23T00:00:00Z'];
const EXAMPLE_ARGS = ['evaluate', '--playbook', PLAYBOOK, '--accounts', ACCOUNTS, '--answers', ANSWERS, ...NOW];

const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l));

describe('tal evaluate', () => {
  it('reproduces expected-evaluate.ndjson exactly, one line per account in input order', async () => {
    const result = await runTal(EXAMPLE_ARGS);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const expected = readExample('expected-evaluate.ndjson').trim().split('\n');
    const actual = result.stdout.trim().split('\n');
    expect(actual).toHaveLength(22);
    actual.forEach((line, i) => {
      expect(line).toBe(JSON.stringify(JSON.parse(expected[i] as string)));
    });
  });

  it('evaluates only the accounts named with --id, in input order, also as `--id A017 A003`', async () => {
    const repeated = await runTal([...EXAMPLE_ARGS, '--id', 'A017', '--id', 'A003']);
    expect(lines(repeated.stdout).map((l) => l.accountId)).toEqual(['A003', 'A017']);
    const listed = await runTal([...EXAMPLE_ARGS, '--id', 'A017', 'A003']);
    expect(listed.stdout).toBe(repeated.stdout);
  });

  it('prints the accounts it found, then exits 1 naming an id that is not in the file', async () => {
    const result = await runTal([...EXAMPLE_ARGS, '--id', 'A003', '--id', 'A999']);
    expect(result.code).toBe(1);
    expect(lines(result.stdout).map((l) => l.accountId)).toEqual(['A003']);
    expect(result.stderr).toContain(`${ACCOUNTS}: no account with id "A999"`);
  });

  it('explains each rule criterion in words with --explain, in Russian with --locale ru', async () => {
    const [english] = lines((await runTal([...EXAMPLE_ARGS, '--id', 'A003', '--explain'])).stdout);
    expect(english.icp.criteria.slice(0, 6)).toEqual([
      { id: 'not-customer', status: 'pass', evidence: 'Customer type Prospect — not Customer' },
      { id: 'industry', status: 'pass', evidence: 'Industry Software — one of Software, IT Services, Financial Services, or Retail' },
      { id: 'revenue', status: 'pass', evidence: 'Annual revenue $240M — within $5M–$2B' },
      { id: 'employees', status: 'pass', evidence: 'Employees 1,800 — within 50–10,000' },
      { id: 'score', status: 'pass', evidence: 'Qualification score 74 — at least 50' },
      { id: 'strategy', status: 'pass' },
    ]);
    const [russian] = lines((await runTal([...EXAMPLE_ARGS, '--id', 'A016', '--explain', '--locale', 'ru'])).stdout);
    expect(russian.icp.criteria[2]).toEqual({ id: 'revenue', status: 'unknown', evidence: 'Годовая выручка: нет данных' });
  });

  it('skips rows with errors and names them on stderr, keeping every valid row', async () => {
    const csv = 'id,name,industry,employees\nA1,Acme,Software,120\n,No Id Ltd,Retail,50\nA3,Lots Inc,Retail,lots\n';
    const result = await runTal(['evaluate', '--playbook', PLAYBOOK, '--accounts', 'crm.csv', ...NOW], { 'crm.csv': csv });
    expect(result.code).toBe(0);
    expect(lines(result.stdout).map((l) => l.accountId)).toEqual(['A1', 'A3']);
    expect(result.stderr).toMatch(/^warning: crm\.csv: row 3, id: .+ \(row skipped\)$/m);
    expect(result.stderr).toMatch(/^warning: crm\.csv: row 4, employees: .+ \(value left empty\)$/m);
    expect(lines(result.stdout)[1].icp.criteria.find((c: { id: string }) => c.id === 'employees').status).toBe('unknown');
  });

  it('reads JSON account files too', async () => {
    const json = JSON.stringify([{ id: 'J1', name: 'Json Co', customerType: 'prospect', industry: 'Retail', employees: 5000 }]);
    const result = await runTal(['evaluate', '--playbook', PLAYBOOK, '--accounts', 'a.json', ...NOW], { 'a.json': json });
    expect(lines(result.stdout)).toMatchObject([{ accountId: 'J1', segments: ['ent-prospects', 'ent-prospects-retail'] }]);
  });

  it('judges dates against --now', async () => {
    const playbook = JSON.stringify({
      version: 1,
      name: 'Recent visitors',
      icp: { criteria: [{ id: 'recent', label: 'Visited this month', rule: { field: 'lastVisitAt', op: 'withinDays', value: 30 } }] },
    });
    const files = { 'p.json': playbook, 'a.csv': 'id,name,lastVisitAt\nA1,Acme,2026-11-02\n' };
    const at = async (now: string) =>
      lines((await runTal(['evaluate', '--playbook', 'p.json', '--accounts', 'a.csv', '--now', now], files)).stdout)[0].icp.criteria[0]
        .status;
    expect(await at('2026-11-23')).toBe('pass');
    expect(await at('2026-12-23T00:00:00Z')).toBe('fail');
  });

  it('exits 1 with every playbook error by JSON path, before reading the accounts', async () => {
    const bad = JSON.stringify({
      version: 1,
      name: 'Bad',
      icp: { criteria: [{ id: 'a', label: 'A', rule: { field: 'employees', op: 'equals', value: 1 } }] },
    });
    const result = await runTal(['evaluate', '--playbook', 'bad.json', '--accounts', 'missing.csv'], { 'bad.json': bad });
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toContain('bad.json: invalid playbook (1 error)\n  icp.criteria[0].rule.op: unknown operator "equals"');
  });

  it('exits 1 naming each bad answer by JSON path, and warns about answers nothing reads', async () => {
    const base = ['evaluate', '--playbook', PLAYBOOK, '--accounts', ACCOUNTS, '--answers', 'ans.json', ...NOW];
    const invalid = await runTal(base, { 'ans.json': '{"A003": {"strategy": "yes"}}' });
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('ans.json: invalid answers\n  A003.strategy: Invalid input: expected boolean, received string');
    const unread = await runTal(base, { 'ans.json': '{"A003": {"industry": true, "need": true}, "A999": {"need": true}}' });
    expect(unread.code).toBe(0);
    expect(unread.stderr).toContain('warning: ans.json: A003.industry: not a manual criterion of the playbook; ignored');
    expect(unread.stderr).toContain('warning: ans.json: no account "A999" among the accounts; its answers are ignored');
  });

  it('exits 1 naming a missing file', async () => {
    const result = await runTal(['evaluate', '--playbook', PLAYBOOK, '--accounts', '/nonexistent/accounts.csv']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('/nonexistent/accounts.csv: no such file');
  });

  it.each([
    [['evaluate', '--accounts', ACCOUNTS], '--playbook <file> is required'],
    [['evaluate', '--playbook', PLAYBOOK], '--accounts <file> is required'],
    [[...EXAMPLE_ARGS.slice(0, -2), '--now', 'yesterday'], '--now "yesterday" is not an ISO 8601 date'],
    [[...EXAMPLE_ARGS, 'A003'], 'unexpected argument "A003"'],
    [[...EXAMPLE_ARGS, '--explain', '--locale', 'de'], '--locale must be one of en, ru, zh-CN'],
    [[...EXAMPLE_ARGS, '--verbose'], 'Unknown option'],
  ])('exits 2 on bad usage: %j', async (argv, message) => {
    const result = await runTal(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('usage: tal evaluate');
  });
});
