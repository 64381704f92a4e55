import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runTal } from '../cli/run-tal';

const ACCOUNTS = 'test/fixtures/examples/accounts.csv';
const PAGES = 'test/fixtures/pages';
const pages = JSON.parse(readFileSync(`${PAGES}/pages.json`, 'utf8')) as { file: string; url: string; expect: Record<string, unknown> }[];

describe('tal recognize', () => {
  it.each(pages)('reads the saved page $file with --html', async ({ file, url, expect: expected }) => {
    const { code, stdout, stderr } = await runTal(['recognize', url, '--accounts', ACCOUNTS, '--html', file]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const answer = JSON.parse(stdout);
    expect(Object.fromEntries(Object.keys(expected).map((key) => [key, answer[key]]))).toEqual(expected);
  });

  it('prints one JSON line with the keys of spec §5 in order', async () => {
    const { stdout } = await runTal(['recognize', 'https://careers.northwindretail.com/jobs', '--accounts', ACCOUNTS]);
    expect(stdout).toBe(
      '{"source":"website","domain":"northwindretail.com","recordId":null,"objectType":null,"slug":null,"name":null,' +
        '"match":{"accountId":"A001","by":"domain","confidence":0.95},"candidates":[{"accountId":"A001","by":"domain","confidence":0.95}]}\n',
    );
  });

  it('works without accounts, and reads a bare domain as https', async () => {
    const { code, stdout } = await runTal(['recognize', 'blog.acme.co.uk/post']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ source: 'website', domain: 'acme.co.uk', match: null, candidates: [] });
  });

  it('says which rows of the accounts file were left out', async () => {
    const { code, stderr } = await runTal(['recognize', 'https://acme.com/', '--accounts', 'bad.csv'], {
      'bad.csv': 'id,name,domain\n,No Id,acme.com\nA1,Acme,acme.com\n',
    });
    expect(code).toBe(0);
    expect(stderr).toBe('bad.csv: 1 row left out of the lookup (see tal import --accounts bad.csv --dry-run)\n');
  });

  it.each([
    [['recognize'], 2, /expected exactly one page URL/],
    [['recognize', 'https://a.com', 'https://b.com'], 2, /expected exactly one page URL/],
    [['recognize', 'https://a.com', '--verbose'], 2, /verbose/],
    [['recognize', 'https://a.com', '--accounts'], 2, /accounts/],
    [['recognize', 'http://exa mple.com'], 1, /"http:\/\/exa mple.com" is not a URL/],
    [['recognize', 'https://a.com', '--accounts', 'missing.csv'], 1, /missing.csv: no such file/],
    [['recognize', 'https://a.com', '--html', 'missing.html'], 1, /missing.html: no such file/],
  ])('%j exits %i', async (argv, exitCode, message) => {
    const { code, stdout, stderr } = await runTal(argv);
    expect(code).toBe(exitCode);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});
