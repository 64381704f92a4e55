import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FileUploadProgress, uploadAccountFile } from '../../../lib/services/upload-file';
import { createTalClient, type FetchLike } from '../../../lib/sync/client';
import { UploadBatchError, UploadCancelledError } from '../../../lib/sync/upload';
import type { Db } from '../../../server/db/types';
import { openTestDb, truncateAll } from '../../../server/testing/databases';
import { ADMIN_TOKEN, type Harness, harness } from '../../../server/testing/harness';

const csv = (rows: string[]) => new Blob([['Account ID,Account Name,Website,Employees', ...rows].join('\n')]);

// A file uploaded to the real app (PGlite): read as the import reads it, staged in batches, applied at the commit.
describe('uploadAccountFile against the real app', () => {
  let db: Db;
  let h: Harness;
  let fetch: FetchLike;
  const admin = () => createTalClient({ baseUrl: 'http://127.0.0.1:8787', token: ADMIN_TOKEN, fetch });
  const serverIds = async () =>
    ((await h.admin.get('/api/accounts')).body as { accounts: { id: string }[] }).accounts.map((a) => a.id).sort();
  beforeAll(async () => {
    db = await openTestDb('pglite');
  }, 60_000);
  afterAll(async () => {
    await db.close();
  });
  beforeEach(async () => {
    await truncateAll(db);
    h = await harness(db);
    fetch = async (url, init) => h.app.request(url, init);
  });

  it('uploads the valid rows in batches with the import’s report, and the server gets them only at the commit', async () => {
    const file = csv([
      'A1,Alpha,alpha.com,10',
      'A2,,beta.com,20',
      'A3,Gamma,gamma.com,30',
      'A1,Alpha again,alpha.io,5',
      'A4,Delta,delta.com,40',
    ]);
    const seen: FileUploadProgress[] = [];
    let beforeCommit: string[] | undefined;
    const forward = fetch;
    fetch = async (url, init) => {
      if (url.endsWith('/commit')) beforeCommit = await serverIds();
      return forward(url, init);
    };
    const { report, totals } = await uploadAccountFile(admin(), file, {
      fileName: 'accounts.csv',
      maxBatchAccounts: 2,
      onProgress: (progress) => {
        seen.push(progress);
      },
    });
    expect(report).toMatchObject({ rows: 5, valid: 3 });
    expect(report.errors.map((e) => [e.row, e.field])).toEqual([
      [3, 'name'],
      [5, 'id'],
    ]);
    expect(totals).toEqual({ accounts: 3, created: 3, updated: 0, unchanged: 0, batches: 2 });
    expect(beforeCommit).toEqual([]);
    expect(await serverIds()).toEqual(['A1', 'A3', 'A4']);
    expect(seen.filter((p) => p.phase === 'sending').map((p) => p.accountsSent)).toContain(2);
    expect(seen.at(-1)).toMatchObject({ phase: 'committing', accountsSent: 3, batchesSent: 2 });
  });

  it('reads the mapping the user chose, as the import does', async () => {
    const file = new Blob(['Firma,Netz\nAcme GmbH,acme.de\n']);
    const { report } = await uploadAccountFile(admin(), file, { fileName: 'firms.csv', mapping: { Firma: 'name', Netz: 'domain' } });
    expect(report.valid).toBe(1);
    expect(await serverIds()).toEqual(['acme.de']);
  });

  it('leaves the team’s accounts as they were when a batch is refused, naming its file rows', async () => {
    await h.accounts([{ id: 'A1', name: 'Kept as it was' }]);
    let puts = 0;
    const refusing: FetchLike = async (url, init) => {
      if (init.method === 'PUT' && ++puts === 2) {
        return new Response(
          JSON.stringify({ error: 'invalid-accounts', message: 'batch 1 was refused', errors: ['[0].name: refused here'] }),
          {
            status: 400,
          },
        );
      }
      return h.app.request(url, init);
    };
    const client = createTalClient({ baseUrl: 'http://127.0.0.1:8787', token: ADMIN_TOKEN, fetch: refusing });
    const file = csv(['A1,Alpha,alpha.com,10', 'A2,Beta,beta.com,20', 'A3,Gamma,gamma.com,30', 'A4,Delta,delta.com,40']);
    const error = await uploadAccountFile(client, file, { fileName: 'accounts.csv', maxBatchAccounts: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadBatchError);
    expect(error).toMatchObject({ batch: 2, rows: { first: 4, last: 5 }, rowErrors: [{ row: 4, field: 'name', message: 'refused here' }] });
    expect(await serverIds()).toEqual(['A1']);
    expect(((await h.admin.get('/api/accounts')).body as { accounts: { name: string }[] }).accounts[0]?.name).toBe('Kept as it was');
    expect(await db.query('SELECT * FROM account_uploads')).toHaveLength(0);
  });

  it('stops at a cancel and leaves nothing staged or applied', async () => {
    const controller = new AbortController();
    const file = csv(Array.from({ length: 50 }, (_, i) => `A${i},Company ${i},c${i}.com,${i + 1}`));
    const error = await uploadAccountFile(admin(), file, {
      fileName: 'accounts.csv',
      maxBatchAccounts: 10,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.accountsSent >= 10) controller.abort();
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadCancelledError);
    expect(await serverIds()).toEqual([]);
    expect(await db.query('SELECT * FROM account_uploads')).toHaveLength(0);
  });

  it('sends nothing for a file without a valid row', async () => {
    const error = await uploadAccountFile(admin(), csv(['A1,,x.com,1']), { fileName: 'accounts.csv' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'NothingToImportError' });
    expect(await db.query('SELECT * FROM account_uploads')).toHaveLength(0);
  });

  it('uploads a JSON file with its records’ row numbers', async () => {
    const file = new Blob([
      JSON.stringify([
        { id: 'J1', name: 'One' },
        { id: 'J2', employees: 5 },
        { id: 'J3', name: 'Three' },
      ]),
    ]);
    const { report, totals } = await uploadAccountFile(admin(), file, { fileName: 'accounts.json', maxBatchAccounts: 1 });
    expect(report.errors.map((e) => e.row)).toEqual([2]);
    expect(totals).toMatchObject({ accounts: 2, batches: 2 });
    expect(await serverIds()).toEqual(['J1', 'J3']);
  });
});
