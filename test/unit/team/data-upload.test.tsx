// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataSection } from '@/entrypoints/options/data/DataSection';
import { OptionsServicesProvider } from '@/entrypoints/options/services';
import { uploadAccountFile } from '@/lib/services/upload-file';
import { type TeamServer, teamServerItem } from '@/lib/settings/team';
import { createTalClient, type FetchLike } from '@/lib/sync/client';
import { freshDb, readRepoFile } from '../db/helpers';
import { testOptionsServices } from '../options/options-services';
import { type TeamServerFixture, withTeamServer } from './team-server';

afterEach(cleanup);

let team: TeamServerFixture;
withTeamServer((fresh) => {
  team = fresh;
});

const salesforce = () =>
  new File([readRepoFile('test/fixtures/examples/salesforce-export.csv')], 'salesforce-export.csv', { type: 'text/csv' });
const serverNames = async () =>
  ((await team.h.admin.get('/api/accounts')).body as { accounts: { id: string; name: string }[] }).accounts.map((a) => a.id).sort();

/** The Data section as `who` (stored as the extension stores a connection), uploading through `fetch` to the real app. */
async function renderAs(who: TeamServer, fetch: FetchLike = team.fetch) {
  await teamServerItem.setValue(who);
  const syncNow = vi.fn(async () => ({ state: 'ok' }) as never);
  const services = testOptionsServices(freshDb(), Date.parse('2026-11-23T10:00:00Z'), {
    syncNow,
    uploadAccounts: (server, file, options) =>
      uploadAccountFile(createTalClient({ baseUrl: server.url, token: server.token, fetch }), file, { ...options, maxBatchAccounts: 3 }),
  });
  render(
    <OptionsServicesProvider services={services}>
      <DataSection />
    </OptionsServicesProvider>,
  );
  return { syncNow, user: userEvent.setup({ applyAccept: false }) };
}

describe('uploading accounts to the team server from the Data section', () => {
  it('lets an admin upload a file with the import’s preview and report; the server has the accounts, and a sync is asked for', async () => {
    const { user, syncNow } = await renderAs(await team.connect('admin'));
    await user.upload(screen.getByLabelText('Account file (CSV or JSON)'), salesforce());
    expect(((await screen.findByLabelText('Field for column Account ID')) as HTMLSelectElement).value).toBe('id');
    expect(
      (screen.getByRole('radio', { name: /Upload to the team server \(http:\/\/127\.0\.0\.1:8787\)/ }) as HTMLInputElement).checked,
    ).toBe(true);
    expect(screen.queryByRole('group', { name: 'How to import' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Upload to the team server' }));
    expect(await screen.findByText('Uploaded 6 of 8 rows from salesforce-export.csv to the team server.')).toBeTruthy();
    expect(screen.getByText('6 new accounts, 0 updated, 0 unchanged. Members get them at their next sync.')).toBeTruthy();
    const issues = within(screen.getByRole('table', { name: 'Errors and warnings' }))
      .getAllByRole('row')
      .slice(1);
    expect(issues.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual(['4', '5', '6', '7']);
    expect(await serverNames()).toHaveLength(6 + 3);
    expect(syncNow).toHaveBeenCalledTimes(1);
  });

  it('names the rows of a refused batch and leaves the team’s accounts as they were', async () => {
    const before = await serverNames();
    let puts = 0;
    const refusing: FetchLike = async (url, init) => {
      if (init.method === 'PUT' && ++puts === 2) {
        const body = { error: 'invalid-accounts', message: 'batch 1 was refused', errors: ['[1].industry: not allowed here'] };
        return new Response(JSON.stringify(body), { status: 400 });
      }
      return team.fetch(url, init);
    };
    const { user } = await renderAs(await team.connect('admin'), refusing);
    await user.upload(screen.getByLabelText('Account file (CSV or JSON)'), salesforce());
    await user.click(await screen.findByRole('button', { name: 'Upload to the team server' }));
    const alert = await screen.findByText(
      /^Batch 2 \(rows \d+–\d+\) was not stored: batch 1 was refused\. Nothing of this upload was applied/,
    );
    expect(alert.getAttribute('role')).toBe('alert');
    const issue = within(screen.getByRole('table', { name: 'Errors and warnings' })).getAllByRole('row')[1] as HTMLElement;
    expect(
      within(issue)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([expect.stringMatching(/^\d+$/), 'Error', 'industry', 'not allowed here']);
    expect(await serverNames()).toEqual(before);
  });

  it('cancels an upload between batches: nothing is applied or left staged', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const holding: FetchLike = async (url, init) => {
      if (init.method === 'PUT') await held;
      return team.fetch(url, init);
    };
    const before = await serverNames();
    const { user } = await renderAs(await team.connect('admin'), holding);
    await user.upload(screen.getByLabelText('Account file (CSV or JSON)'), salesforce());
    await user.click(await screen.findByRole('button', { name: 'Upload to the team server' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel upload' }));
    release();
    expect(await screen.findByText('Upload cancelled. Nothing of it was applied: the team’s accounts are as they were.')).toBeTruthy();
    expect(await serverNames()).toEqual(before);
    expect(await team.h.db.query('SELECT id FROM account_uploads')).toHaveLength(0);
  });

  it('offers no upload to a manager or a rep: their import stays in this browser', async () => {
    const { user } = await renderAs(await team.connect('manager'));
    await user.upload(screen.getByLabelText('Account file (CSV or JSON)'), salesforce());
    expect(await screen.findByRole('button', { name: 'Import' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Upload to the team server' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Where the accounts go' })).toBeNull();
  });
});
