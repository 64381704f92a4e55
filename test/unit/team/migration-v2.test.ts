import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDexieOutbox, createTalDb, enterTeamMode, getTeamLink, leaveTeamMode } from '@/lib/db';
import { MIGRATIONS } from '@/lib/db/migrations';
import { enqueueProposal } from '@/lib/sync/outbox';
import { type DbDump, dumpDb, loadDump } from '../db/db-dump';

const fixture = (version: number): DbDump =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../db/fixtures/v${version}.json`), 'utf8'));

describe('database version 2: the team sync’s table', () => {
  it('opens a version 1 database (migrated to the latest version) in solo mode with its data intact, and carries it through a connect and a disconnect', async () => {
    const name = `v2-${crypto.randomUUID()}`;
    const before = createTalDb(name, undefined, MIGRATIONS.slice(0, 1));
    await loadDump(before, fixture(1));
    before.close();

    const db = createTalDb(name);
    expect(await dumpDb(db)).toEqual(fixture(MIGRATIONS.length));
    expect(await getTeamLink(db)).toBeNull();

    const owner = { server: 'http://127.0.0.1:8787', memberId: 'rep-1' };
    const at = new Date('2026-11-23T09:00:00.000Z');
    await enterTeamMode(db, owner, at);
    expect(await db.proposals.count()).toBe(0);
    await enqueueProposal(createDexieOutbox(db, owner), { type: 'add', accountId: 'A002', reason: 'x' }, { now: at, newKey: () => 'k' });
    await leaveTeamMode(db);

    const after = await dumpDb(db);
    const { teamSync, ...tables } = after.tables;
    const { teamSync: _linkOnly, ...expected } = fixture(MIGRATIONS.length).tables;
    expect(tables).toEqual(expected);
    expect(teamSync).toMatchObject([
      { kind: 'link', key: 'current', link: null },
      { kind: 'outbox', key: 'k', server: owner.server, memberId: 'rep-1' },
    ]);
    db.close();
  });
});
