// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataSection } from '../../../entrypoints/options/data/DataSection';
import { OptionsServicesProvider } from '../../../entrypoints/options/services';
import {
  applyAccountChanges,
  ImportCancelledError,
  type ImportPreparer,
  type ImportProgress,
  importAccounts,
  listTalOverrides,
  openAccountCache,
  prepareInProcessImport,
  setTalOverride,
  settleActiveOverlay,
} from '../../../lib/db';
import { SAMPLE_BYTES } from '../../../lib/db/import-pipeline/import-accounts';
import { testOptionsServices } from '../options/options-services';
import { freshDb, readRepoFile } from './helpers';

afterEach(cleanup);

const salesforce = () =>
  new File([readRepoFile('test/fixtures/examples/salesforce-export.csv')], 'salesforce-export.csv', { type: 'text/csv' });
const fileInput = () => screen.getByLabelText('Account file (CSV or JSON)');

function renderSection(prepareImport: ImportPreparer = prepareInProcessImport) {
  const db = freshDb();
  const save = vi.fn<(name: string, parts: BlobPart[]) => void>();
  const services = testOptionsServices(db, Date.parse('2026-11-23T10:00:00Z'), { prepareImport, save });
  render(
    <OptionsServicesProvider services={services}>
      <DataSection />
    </OptionsServicesProvider>,
  );
  // A user can pick any file in the dialog ("All files"), whatever the input accepts.
  return { db, save, user: userEvent.setup({ applyAccept: false }) };
}

describe('DataSection', () => {
  it('previews, imports and reports a Salesforce export, then shows where the cache came from', async () => {
    const { db, user } = renderSection();
    expect(await screen.findByText(/The cache is empty/)).toBeTruthy();
    await user.upload(fileInput(), salesforce());
    expect(((await screen.findByLabelText('Field for column Account ID')) as HTMLSelectElement).value).toBe('id');
    expect((screen.getByLabelText('Field for column Website') as HTMLSelectElement).value).toBe('domain');
    expect(screen.getByText('https://www.acme-robotics.de/')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Imported 6 of 8 rows from salesforce-export.csv. The cache holds 6 accounts.')).toBeTruthy();
    const issues = screen.getByRole('table', { name: 'Errors and warnings' });
    const rows = within(issues)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .slice(0, 3)
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['4', 'Error', 'name'],
      ['5', 'Warning', 'employees'],
      ['6', 'Warning', 'annualRevenue'],
      ['7', 'Error', 'id'],
    ]);
    expect(await screen.findByText(/Loaded from salesforce-export\.csv/)).toBeTruthy();
    expect(screen.getByText(/6 accounts cached\. Last file: 8 rows, 6 imported, 2 errors, 2 warnings/)).toBeTruthy();
    expect(await openAccountCache(db).find({ kind: 'domain', value: 'acme-robotics.de' })).toEqual(['0015g00000AbCdEAAV']);
  });

  it('says what team syncs changed since the import, as they land', async () => {
    const { db } = renderSection();
    await importAccounts(db, ['id,name\n1,One\n2,Two\n'], { fileName: 'two.csv', mode: 'replace', now: () => new Date() });
    await screen.findByText(/Loaded from two\.csv/);
    expect(screen.queryByTestId('cache-overlay')).toBeNull();
    await applyAccountChanges(
      db,
      { accounts: [{ id: '3', name: 'Three' }], deleted: [], mode: 'merge' },
      { now: () => new Date(), source: 'sync' },
    );
    const said = 'Since then, 1 account was changed or deleted by team sync or added in the panel: 3 accounts now.';
    // Exact before the background settles the overlay (the new account is looked up), and after.
    expect((await screen.findByTestId('cache-overlay')).textContent).toBe(said);
    await settleActiveOverlay(db);
    await applyAccountChanges(db, { accounts: [], deleted: ['1'], mode: 'merge' }, { now: () => new Date(), source: 'sync' });
    await waitFor(() =>
      expect(screen.getByTestId('cache-overlay').textContent).toBe(
        'Since then, 2 accounts were changed or deleted by team sync or added in the panel: 2 accounts now.',
      ),
    );
  });

  it('lets the user correct the mapping before import, and refuses to import without a name column', async () => {
    const { db, user } = renderSection();
    await user.upload(fileInput(), new File(['Org,Ref,Notes\nAcme Robotics,X1,secret\n'], 'odd.csv'));
    expect(await screen.findByText(/No column is read as the account name/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Import' }) as HTMLButtonElement).disabled).toBe(true);
    await user.selectOptions(screen.getByLabelText('Field for column Org'), 'name');
    await user.selectOptions(screen.getByLabelText('Field for column Ref'), 'id');
    await user.selectOptions(screen.getByLabelText('Field for column Notes'), 'ignore');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/Imported 1 of 1 row from odd\.csv/)).toBeTruthy();
    expect(await openAccountCache(db).getAccount('X1')).toEqual({ id: 'X1', name: 'Acme Robotics' });
  });

  it('merges a second file into the cache when asked', async () => {
    const { db, user } = renderSection();
    await user.upload(fileInput(), salesforce());
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    await screen.findByText(/Imported 6 of 8 rows/);
    await user.upload(fileInput(), new File(['id,name\nNEW1,Newco\n'], 'more.csv'));
    await user.click(await screen.findByLabelText(/Merge into the cache/));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Imported 1 of 1 row from more.csv. The cache holds 7 accounts.')).toBeTruthy();
    expect(await screen.findByText(/Loaded from more\.csv .* \(merged\)/)).toBeTruthy();
    expect(await openAccountCache(db).count()).toBe(7);
  });

  it('shows real progress and cancels, leaving the cache unchanged', async () => {
    let report: ((progress: ImportProgress) => void) | undefined;
    const cancel = vi.fn();
    let reject: (error: Error) => void = () => {};
    const controlled: ImportPreparer = (file) => ({
      ...prepareInProcessImport(file),
      start: (_request, onProgress) => {
        report = onProgress;
        const done = new Promise<never>((_, fail) => {
          reject = fail;
        });
        return {
          done,
          settled: done.catch(() => undefined),
          cancel: () => {
            cancel();
            reject(new ImportCancelledError('import cancelled'));
          },
        };
      },
    });
    const { user } = renderSection(controlled);
    const file = new File([`id,name\n${'1,Acme\n'.repeat(100)}`], 'big.csv');
    await user.upload(fileInput(), file);
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    const bar = await screen.findByRole('progressbar', { name: 'Import progress' });
    expect(bar.getAttribute('aria-valuenow')).toBe('0');
    report?.({ phase: 'reading', charactersRead: Math.floor(file.size / 2), rows: 50, valid: 50 });
    await waitFor(() => expect(bar.getAttribute('aria-valuenow')).toBe('45'));
    expect(screen.getByText('Reading big.csv: 50 rows so far')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Cancel import' }));
    expect(cancel).toHaveBeenCalledOnce();
    expect(await screen.findByText('Import cancelled. The cache is unchanged.')).toBeTruthy();
    expect(screen.getByText(/The cache is empty/)).toBeTruthy();
  });

  it('checks the first rows with the mapping shown, again after each correction, before anything is imported', async () => {
    const { db, user } = renderSection();
    await user.upload(fileInput(), salesforce());
    expect(await screen.findByText('All 8 rows with this mapping: 6 accounts, 2 errors, 2 warnings.')).toBeTruthy();
    await user.click(screen.getByText('Show the 4 errors and warnings of these rows'));
    const issues = screen.getByRole('table', { name: 'Errors and warnings' });
    expect(
      within(issues)
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell')[0]?.textContent),
    ).toEqual(['4', '5', '6', '7']);
    await user.selectOptions(screen.getByLabelText('Field for column Employees'), 'ignore');
    expect(await screen.findByText('All 8 rows with this mapping: 6 accounts, 2 errors, 1 warning.')).toBeTruthy();
    // With no column read as the name there is nothing to check (and Import is disabled).
    await user.selectOptions(screen.getByLabelText('Field for column Account Name'), 'ignore');
    expect(screen.queryByText(/rows with this mapping/)).toBeNull();
    expect(await openAccountCache(db).count()).toBe(0);
  });

  it('checks only the first rows of a large file, as the import will read them', async () => {
    const { user } = renderSection();
    const row = (i: number) => `A${i},Company ${i},company${i}.com,${i % 50 === 0 ? 'many' : i}\n`;
    const rows: string[] = [];
    let bytes = 0;
    for (let i = 0; bytes < SAMPLE_BYTES * 1.5; i++) {
      rows.push(row(i));
      bytes += rows[i]?.length ?? 0;
    }
    const text = `id,name,website,employees\n${rows.join('')}`;
    // The rows wholly inside the sample's bytes (every character here is one byte).
    const sampled = text.slice(0, SAMPLE_BYTES).split('\n').length - 2;
    await user.upload(fileInput(), new File([text], 'large.csv'));
    const warnings = Math.floor((sampled - 1) / 50) + 1;
    const n = (value: number) => value.toLocaleString('en');
    expect(
      await screen.findByText(
        `The first ${n(sampled)} rows with this mapping: ${n(sampled)} accounts, 0 errors, ${warnings} warnings.`,
        undefined,
        {
          timeout: 5_000,
        },
      ),
    ).toBeTruthy();
    expect(sampled).toBeGreaterThan(10_000);
  });

  it('says clearly why a file cannot be imported', async () => {
    const { user } = renderSection();
    await user.upload(fileInput(), new File(['PK\u0003\u0004'], 'accounts.xlsx'));
    expect((await screen.findByRole('alert')).textContent).toContain('accounts.xlsx: this is an Excel workbook, not a CSV or JSON file');
  });

  it('downloads the errors and warnings, and the cache, as CSV', async () => {
    const { user, save } = renderSection();
    await user.upload(fileInput(), salesforce());
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    await user.click(await screen.findByRole('button', { name: 'Download errors and warnings (CSV)' }));
    const [issuesName, issuesParts] = save.mock.calls[0] ?? [];
    expect(issuesName).toBe('salesforce-export-issues.csv');
    expect(issuesParts?.join('')).toContain('error,4,name,no name: the row is left out');
    await waitFor(() => expect((screen.getByRole('button', { name: 'Export CSV' }) as HTMLButtonElement).disabled).toBe(false));
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    const [exportName, exportParts] = save.mock.calls[1] ?? [];
    expect(exportName).toBe('tal-accounts-2026-11-23.csv');
    const text = exportParts?.join('') ?? '';
    expect(text.startsWith('\uFEFFid,name,domain')).toBe(true);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(7);
  });

  it('asks before a replace, saying how many accounts go and which TAL accounts the file lacks; keeping changes nothing', async () => {
    const { db, user } = renderSection();
    await user.upload(fileInput(), salesforce());
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    await screen.findByText(/Imported 6 of 8 rows/);
    await setTalOverride(db, { accountId: '0015g00000AbCdEAAV', onTal: true, source: 'manager', name: 'Acme Robotics GmbH' }, new Date());

    const replacing = () => new File(['id,name\nNEW1,Newco\nNEW2,Newer\n'], 'fresh.csv');
    await user.upload(fileInput(), replacing());
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Replace the account cache?' });
    expect(dialog.textContent).toContain('6 accounts will be replaced by the 2 accounts of fresh.csv.');
    expect(dialog.textContent).toContain('1 account on the TAL is not in the new file: it stays on the TAL, shown by name.');
    // Focus moves to the dialog's heading once it is shown.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Replace the account cache?'));
    await user.click(within(dialog).getByText('Which ones'));
    expect(within(dialog).getByRole('listitem').textContent).toBe('Acme Robotics GmbH');
    await user.click(within(dialog).getByRole('button', { name: 'Keep the current data' }));
    expect(await screen.findByText('Import cancelled. The cache is unchanged.')).toBeTruthy();
    expect(await openAccountCache(db).count()).toBe(6);

    await user.upload(fileInput(), replacing());
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    await user.click(await screen.findByRole('button', { name: 'Replace' }));
    expect(await screen.findByText('Imported 2 of 2 rows from fresh.csv. The cache holds 2 accounts.')).toBeTruthy();
    expect(await openAccountCache(db).count()).toBe(2);
    expect((await listTalOverrides(db)).map((r) => [r.accountId, r.onTal])).toEqual([['0015g00000AbCdEAAV', true]]);
  });
});
