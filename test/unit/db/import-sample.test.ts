import { describe, expect, it } from 'vitest';
import { importAccounts } from '../../../lib/db';
import { checkImportSample, SAMPLE_BYTES } from '../../../lib/db/import-pipeline/import-accounts';
import { fixedClock, freshDb, readRepoFile } from './helpers';

/** A CSV of about `bytes` bytes: one row in 40 has an employee count that is not a number. */
function largeCsv(bytes: number, quotedNotes = false) {
  const rows = ['id,name,website,employees,notes\n'];
  let size = rows[0]?.length ?? 0;
  for (let i = 0; size < bytes; i++) {
    const notes = quotedNotes ? `"line one\nline two of ${i}"` : `note ${i}`;
    const row = `A${i},Company ${i},company${i}.com,${i % 40 === 0 ? 'many' : i},${notes}\n`;
    rows.push(row);
    size += row.length;
  }
  return rows.join('');
}

describe('checkImportSample', () => {
  it('reads a small file whole, as the import reads it, with the mapping given', async () => {
    const csv = readRepoFile('test/fixtures/examples/salesforce-export.csv');
    const file = new Blob([csv]);
    const sample = await checkImportSample(file, { fileName: 'salesforce-export.csv' });
    const { report } = await importAccounts(freshDb(), [csv], { fileName: 'salesforce-export.csv', mode: 'replace', now: fixedClock() });
    expect(sample).toEqual({ report, complete: true });
    const remapped = await checkImportSample(file, { fileName: 'salesforce-export.csv', mapping: { Employees: 'ignore' } });
    expect(remapped.report.warnings.map((w) => w.field)).toEqual(['annualRevenue']);
    expect(remapped.report.mapping.Employees).toBe('ignore');
  });

  it('reads only the whole rows in the first SAMPLE_BYTES of a large file, and finds the same issues there as the import', async () => {
    // Multi-line quoted cells: the cut must fall between records, never inside one.
    const csv = largeCsv(SAMPLE_BYTES * 1.5, true);
    const sample = await checkImportSample(new Blob([csv]), { fileName: 'large.csv' });
    expect(sample.complete).toBe(false);
    const head = csv.slice(0, SAMPLE_BYTES);
    const wholeRows = head.slice(0, head.lastIndexOf('"\n') + 2);
    const { report } = await importAccounts(freshDb(), [wholeRows], { fileName: 'large.csv', mode: 'replace', now: fixedClock() });
    expect(sample.report).toEqual(report);
    expect(sample.report.rows).toBeGreaterThan(10_000);
    expect(sample.report.errors).toEqual([]);
    expect(sample.report.warnings.length).toBe(Math.floor((sample.report.rows - 1) / 40) + 1);
  });

  it('reads the whole objects at the start of a large JSON array', async () => {
    const items = Array.from({ length: 30_000 }, (_, i) =>
      JSON.stringify({ id: `J${i}`, name: `Json ${i}`, employees: i % 100 === 0 ? 'lots' : i }),
    );
    const json = `[${items.join(',\n')}]`;
    expect(json.length).toBeGreaterThan(SAMPLE_BYTES);
    const sample = await checkImportSample(new Blob([json]), { fileName: 'accounts.json' });
    expect(sample.complete).toBe(false);
    expect(sample.report.rows).toBeGreaterThan(1_000);
    expect(sample.report.rows).toBeLessThan(30_000);
    expect(sample.report.valid).toBe(sample.report.rows);
    expect(sample.report.warnings.length).toBe(Math.floor((sample.report.rows - 1) / 100) + 1);
  });

  it('fails with the import’s message for a file that is not an account file', async () => {
    await expect(checkImportSample(new Blob(['   ']), { fileName: 'blank.csv' })).rejects.toThrow('blank.csv: the file is empty');
  });
});
