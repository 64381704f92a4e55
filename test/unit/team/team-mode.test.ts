import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createDexieOutbox,
  enterTeamMode,
  getTeamLink,
  leaveTeamMode,
  listProposals,
  listTalOverrides,
  mirrorProposals,
  mirrorTal,
  putProposal,
  setTalOverride,
  type TalDb,
} from '@/lib/db';
import type { Proposal } from '@/lib/schema/proposal';
import { enqueueProposal } from '@/lib/sync/outbox';
import { dropExtensionDb, freshExtensionDb } from './team-server';

const now = new Date('2026-11-23T09:00:00.000Z');
const rita = { server: 'http://127.0.0.1:8787', memberId: 'rep-1' };
const member = { id: 'rep-1', team: 'ka' };
const proposal = (id: string, extra: Partial<Proposal> = {}): Proposal => ({
  id,
  type: 'add',
  accountId: 'A1',
  reason: 'Intent',
  status: 'pending',
  proposerId: 'rep-1',
  team: 'ka',
  createdAt: now.toISOString(),
  ...extra,
});

let db: TalDb;
beforeEach(async () => {
  db = freshExtensionDb();
  // Solo mode's own data: a proposal and a manager's TAL decision.
  await putProposal(db, proposal('solo-1', { proposerId: 'me', accountId: 'A2' }));
  await setTalOverride(db, { accountId: 'A2', onTal: true, source: 'manager' }, now);
});
afterEach(async () => {
  await dropExtensionDb(db);
});

describe('switching between solo and team mode', () => {
  it('sets the solo rows aside while the team is mirrored, and puts them back on disconnect: nothing is lost', async () => {
    expect(await enterTeamMode(db, rita, now)).toBe(true);
    expect(await getTeamLink(db)).toEqual({ ...rita, since: now.toISOString() });
    expect(await listProposals(db)).toEqual([]);
    expect(await listTalOverrides(db)).toEqual([]);

    await mirrorProposals(db, { server: [proposal('p-1')], outbox: [], proposer: member, now });
    await mirrorTal(db, { accountIds: ['A1'], entries: [], changes: [] }, now);
    expect((await listProposals(db)).map((p) => p.id)).toEqual(['p-1']);

    expect(await leaveTeamMode(db)).toBe(true);
    expect(await getTeamLink(db)).toBeNull();
    expect((await listProposals(db)).map((p) => p.id)).toEqual(['solo-1']);
    expect(await listTalOverrides(db)).toEqual([{ accountId: 'A2', onTal: true, source: 'manager', updatedAt: now.toISOString() }]);
    expect(await leaveTeamMode(db)).toBe(false);
  });

  it('does nothing when the same member of the same server is entered again', async () => {
    await enterTeamMode(db, rita, now);
    await mirrorProposals(db, { server: [proposal('p-1')], outbox: [], proposer: member, now });
    expect(await enterTeamMode(db, rita, new Date('2026-11-24T00:00:00Z'))).toBe(false);
    expect((await listProposals(db)).map((p) => p.id)).toEqual(['p-1']);
  });

  it('drops another team’s mirror when the server or member changes, keeping the parked solo rows and the outbox', async () => {
    await enterTeamMode(db, rita, now);
    await mirrorProposals(db, { server: [proposal('p-1')], outbox: [], proposer: member, now });
    await enqueueProposal(createDexieOutbox(db, rita), { type: 'add', accountId: 'A1', reason: 'x' }, { now, newKey: () => 'k-1' });
    await enterTeamMode(db, { server: 'https://other.example', memberId: 'rep-9' }, now);
    expect(await listProposals(db)).toEqual([]);
    await leaveTeamMode(db);
    expect((await listProposals(db)).map((p) => p.id)).toEqual(['solo-1']);
    expect((await createDexieOutbox(db, rita).all()).map((i) => i.idempotencyKey)).toEqual(['k-1']);
  });

  it('keeps a proposal made right after connecting, before the background entered team mode', async () => {
    const outbox = createDexieOutbox(db, rita);
    const item = await enqueueProposal(outbox, { type: 'add', accountId: 'A1', reason: 'quick' }, { now, newKey: () => 'fast' });
    await mirrorProposals(db, { outbox: [item], proposer: member, now });
    await enterTeamMode(db, rita, now);
    expect((await listProposals(db)).map((p) => p.id)).toEqual(['fast']);
  });
});
