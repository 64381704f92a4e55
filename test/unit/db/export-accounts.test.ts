import { describe, expect, it } from 'vitest';
import { exportAccountsCsv, importAccounts, openAccountCache } from '../../../lib/db';
import { parseAccountsText } from '../../../lib/import';
import { csvCell } from '../../../lib/import/export-csv';
import { fixedClock, freshDb, readRepoFile } from './helpers';

const now = fixedClock();

async function exportText(db: ReturnType<typeof freshDb>) {
  let text = '';
  for await (const piece of exportAccountsCsv(db)) text += piece;
  return text;
}

describe('csvCell', () => {
  it('puts an apostrophe before cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell('+1 555 0100')).toBe("'+1 555 0100");
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\rcmd')).toBe('"\'\rcmd"');
    expect(csvCell('Acme')).toBe('Acme');
  });

  it('quotes delimiters, quotes, line breaks and edge spaces; joins lists; leaves missing values empty', () => {
    expect(csvCell('Stark Industries, Inc.')).toBe('"Stark Industries, Inc."');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell(['AWS', 'Snowflake'])).toBe('"AWS;Snowflake"');
    expect(csvCell(1250)).toBe('1250');
    expect(csvCell(false)).toBe('false');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('exportAccountsCsv', () => {
  it('writes the cache so that re-importing the file gives the same accounts', async () => {
    const db = freshDb();
    const source = parseAccountsText(readRepoFile('public/demo/accounts.csv'), 'accounts.csv');
    await importAccounts(db, [readRepoFile('public/demo/accounts.csv')], { fileName: 'accounts.csv', mode: 'replace', now });
    const text = await exportText(db);
    expect(text.startsWith('\uFEFFid,name,domain,')).toBe(true);
    const again = parseAccountsText(text, 'export.csv');
    expect(again.errors).toEqual([]);
    expect(again.warnings).toEqual([]);
    expect(again.accounts).toEqual(source.accounts);
  });

  it('keeps formula-looking values and custom keys named like fields intact through a round trip', async () => {
    const db = freshDb();
    const json = JSON.stringify([{ id: '1', name: '=cmd|calc', custom: { name: 'shadow', note: '+1 555', '-x': '@y' } }]);
    await importAccounts(db, [json], { fileName: 'a.json', mode: 'replace', now });
    const text = await exportText(db);
    expect(text).toContain("'=cmd|calc");
    const [account] = parseAccountsText(text, 'export.csv').accounts;
    expect(account).toEqual({ id: '1', name: '=cmd|calc', custom: { name: 'shadow', note: '+1 555', '-x': '@y' } });
    expect(await openAccountCache(db).count()).toBe(1);
  });

  it('writes nothing for an empty cache', async () => {
    expect(await exportText(freshDb())).toBe('');
  });
});
