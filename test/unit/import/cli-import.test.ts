import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { CommandIo } from '../../../cli/io';
import { main } from '../../../cli/tal';
import { examplePath, readExample } from './fixtures';

function captureIo(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readFile: (path) => (path in files ? Promise.resolve(files[path] as string) : readFile(path, 'utf8')),
    env: {},
  };
  return { io, out, err };
}

describe('tal import', () => {
  it('--dry-run prints the spec §5 report of the shared Salesforce example', async () => {
    const { io, out } = captureIo();
    expect(await main(['import', '--accounts', examplePath('salesforce-export.csv'), '--dry-run'], io)).toBe(0);
    const report = JSON.parse(out.join(''));
    const expected = JSON.parse(readExample('expected-import-salesforce.json'));
    expect(Object.keys(report)).toEqual(['rows', 'valid', 'errors', 'warnings', 'mapping']);
    expect(report.rows).toBe(expected.rows);
    expect(report.valid).toBe(expected.valid);
    expect(report.mapping).toEqual(expected.mapping);
    const byRowAndField = (issues: { row: number; field: string }[]) => issues.map(({ row, field }) => ({ row, field }));
    expect(byRowAndField(report.errors)).toEqual(expected.errors);
    expect(byRowAndField(report.warnings)).toEqual(expected.warnings);
    for (const issue of [...report.errors, ...report.warnings]) expect(issue.message).toEqual(expect.any(String));
  });

  it('without --dry-run or --server is a usage error that explains', async () => {
    const { io, err } = captureIo();
    expect(await main(['import', '--accounts', examplePath('salesforce-export.csv')], io)).toBe(2);
    expect(err.join('')).toContain('add --dry-run');
  });

  it('without --accounts is a usage error', async () => {
    const { io } = captureIo();
    expect(await main(['import', '--dry-run'], io)).toBe(2);
  });

  it('fails with exit 1 and a clear message for a file that is not CSV or JSON, or missing', async () => {
    const { io, err } = captureIo({ 'book.xlsx': 'PK\u0003\u0004' });
    expect(await main(['import', '--accounts', 'book.xlsx', '--dry-run'], io)).toBe(1);
    expect(err.join('')).toContain('book.xlsx: this is an Excel workbook');
    expect(await main(['import', '--accounts', 'no-such-file.csv', '--dry-run'], io)).toBe(1);
    expect(err.join('')).toContain('no-such-file.csv: no such file');
  });
});
