import { describe, expect, it } from 'vitest';
import {
  getActivePlaybook,
  getAnswers,
  getProposal,
  getTalOverride,
  isOnTal,
  listImports,
  listPlaybookVersions,
  listProposals,
  listTalOverrides,
  openAccountCache,
  putProposal,
  readActiveCache,
  StoredRowError,
  saveAnswers,
  savePlaybookVersion,
  seedDemoData,
  setTalOverride,
} from '../../../lib/db';
import { parsePlaybook } from '../../../lib/schema/load-playbook';
import { fixedClock, freshDb, readRepoFile } from './helpers';

const now = fixedClock();
const demo = { playbookJson: readRepoFile('public/demo/playbook.json'), accountsCsv: readRepoFile('public/demo/accounts.csv') };

describe('seedDemoData', () => {
  it('loads the demo playbook and accounts, and loading again replaces rather than adds', async () => {
    const db = freshDb();
    expect(await seedDemoData(db, demo, now)).toEqual({ accounts: 22 });
    expect(await seedDemoData(db, demo, now)).toEqual({ accounts: 22 });
    const cache = openAccountCache(db);
    expect(await cache.count()).toBe(22);
    expect(await cache.find({ kind: 'domain', value: 'northwindretail.com' })).toEqual(['A001']);
    expect((await readActiveCache(db))?.import.fileName).toBe('demo/accounts.csv');
    expect(await listPlaybookVersions(db)).toHaveLength(2);
    expect((await getActivePlaybook(db))?.source).toBe('demo');
    expect(await listImports(db)).toHaveLength(2);
  });

  it('refuses an invalid demo playbook before touching the cache', async () => {
    const db = freshDb();
    await expect(seedDemoData(db, { ...demo, playbookJson: '{"version": 1}' }, now)).rejects.toThrow(/demo playbook is invalid/);
    expect(await openAccountCache(db).count()).toBe(0);
  });
});

describe('local stores', () => {
  it('keeps every playbook version, the latest in force', async () => {
    const db = freshDb();
    const parsed = parsePlaybook(JSON.parse(demo.playbookJson));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const first = await savePlaybookVersion(db, parsed.playbook, 'demo', now());
    const second = await savePlaybookVersion(db, { ...parsed.playbook, name: 'Edited' }, 'editor', now());
    expect(second).toBeGreaterThan(first);
    expect((await getActivePlaybook(db))?.playbook.name).toBe('Edited');
    expect((await listPlaybookVersions(db)).map((v) => v.source)).toEqual(['editor', 'demo']);
  });

  it('stores a rep’s answers per account', async () => {
    const db = freshDb();
    await saveAnswers(db, 'A1', { champion: true, budget: false }, now(), { champion: 'the CFO' });
    expect(await getAnswers(db, 'A1')).toEqual({
      accountId: 'A1',
      answers: { champion: true, budget: false },
      notes: { champion: 'the CFO' },
      updatedAt: '2026-11-23T00:00:00.000Z',
    });
    expect(await getAnswers(db, 'A2')).toBeUndefined();
  });

  it('stores proposals and lists them by status or account, oldest first', async () => {
    const db = freshDb();
    const base = { type: 'add', reason: 'fit', proposerId: 'rep-1', team: 'ka' } as const;
    await putProposal(db, { ...base, id: 'p2', accountId: 'A2', status: 'pending', createdAt: '2026-11-21T00:00:00Z' });
    await putProposal(db, { ...base, id: 'p1', accountId: 'A1', status: 'pending', createdAt: '2026-11-20T00:00:00Z' });
    await putProposal(db, { ...base, id: 'p3', accountId: 'A1', status: 'approved', createdAt: '2026-11-22T00:00:00Z' });
    expect((await listProposals(db, { status: 'pending' })).map((p) => p.id)).toEqual(['p1', 'p2']);
    expect((await listProposals(db, { accountId: 'A1' })).map((p) => p.id)).toEqual(['p1', 'p3']);
    expect((await getProposal(db, 'p3'))?.status).toBe('approved');
    await expect(putProposal(db, { ...base, id: 'bad', accountId: '', status: 'pending', createdAt: 'yesterday' })).rejects.toThrow();
  });

  it('lets a TAL override win over the imported onTal', async () => {
    const db = freshDb();
    await setTalOverride(db, { accountId: 'A1', onTal: false, source: 'proposal', reason: 'approved removal' }, now());
    const override = await getTalOverride(db, 'A1');
    expect(isOnTal({ onTal: true }, override)).toBe(false);
    expect(isOnTal({ onTal: true }, undefined)).toBe(true);
    expect(isOnTal({}, undefined)).toBe(false);
    expect(await listTalOverrides(db)).toHaveLength(1);
  });

  it('refuses a stored row its schema does not accept, naming the table and key', async () => {
    const db = freshDb();
    await db.answers.put({ accountId: 'A1', answers: { champion: 'maybe' }, updatedAt: 'never' } as never);
    await expect(getAnswers(db, 'A1')).rejects.toThrow(StoredRowError);
    await expect(getAnswers(db, 'A1')).rejects.toThrow(/answers "A1": stored row is not readable/);
  });
});
