import Dexie from 'dexie';
import type { TalDb } from './database';
import { allOutboxRows } from './outbox';
import { type ProposalRow, ProposalRowSchema, type TalOverrideRow, TalOverrideRowSchema } from './rows';
import { getTeamLink, setTeamLink } from './sync-state';
import { type ParkedRow, ParkedRowSchema, type TeamOwner } from './team-sync-rows';

/**
 * Makes the database mirror one member on one server. Coming from solo mode, the solo proposals and
 * TAL decisions are set aside (parked), so the team's views show only the team's data; coming from
 * another team, that team's mirror is dropped (the server keeps it). Returns whether the link changed.
 */
export async function enterTeamMode(db: TalDb, owner: TeamOwner, now: Date): Promise<boolean> {
  return db.transaction('rw', [db.proposals, db.talOverrides, db.teamSync], async () => {
    const current = await getTeamLink(db);
    if (current?.server === owner.server && current.memberId === owner.memberId) return false;
    if (current) await dropTeamRows(db);
    else await parkSoloRows(db);
    await setTeamLink(db, { ...owner, since: now.toISOString() });
    return true;
  });
}

/** Back to solo mode: the team's mirror goes, the parked solo rows come back. Outbox items stay for a later reconnect. */
export async function leaveTeamMode(db: TalDb): Promise<boolean> {
  return db.transaction('rw', [db.proposals, db.talOverrides, db.teamSync], async () => {
    if (!(await getTeamLink(db))) return false;
    await dropTeamRows(db);
    await restoreParkedRows(db);
    await setTeamLink(db, null);
    return true;
  });
}

/** A proposal row that mirrors the server: synced from it, or an outbox item shown locally. */
export function isTeamProposal(row: Pick<ProposalRow, 'id' | 'syncedAt'>, outboxKeys: ReadonlySet<string>): boolean {
  return row.syncedAt !== undefined || outboxKeys.has(row.id);
}

async function rows(db: TalDb) {
  const outboxKeys = new Set((await allOutboxRows(db)).map((row) => row.key));
  const proposals = (await db.proposals.toArray()).map((row) => ProposalRowSchema.parse(row));
  const overrides = (await db.talOverrides.toArray()).map((row) => TalOverrideRowSchema.parse(row));
  return { outboxKeys, proposals, overrides };
}

async function dropTeamRows(db: TalDb) {
  const { outboxKeys, proposals, overrides } = await rows(db);
  await db.proposals.bulkDelete(proposals.filter((p) => isTeamProposal(p, outboxKeys)).map((p) => p.id));
  await db.talOverrides.bulkDelete(overrides.filter((o) => o.source === 'server').map((o) => o.accountId));
}

async function parkSoloRows(db: TalDb) {
  const { outboxKeys, proposals, overrides } = await rows(db);
  const soloProposals = proposals.filter((p) => !isTeamProposal(p, outboxKeys));
  const soloOverrides = overrides.filter((o) => o.source !== 'server');
  const parked: ParkedRow[] = [
    ...soloProposals.map((row) => parkedRow('proposals', row.id, row)),
    ...soloOverrides.map((row) => parkedRow('talOverrides', row.accountId, row)),
  ];
  await db.teamSync.bulkPut(parked);
  await db.proposals.bulkDelete(soloProposals.map((p) => p.id));
  await db.talOverrides.bulkDelete(soloOverrides.map((o) => o.accountId));
}

async function restoreParkedRows(db: TalDb) {
  const range = db.teamSync.where('[kind+key]').between(['parked', Dexie.minKey], ['parked', Dexie.maxKey]);
  const parked = (await range.toArray()).map((row) => ParkedRowSchema.parse(row));
  await db.proposals.bulkPut(parked.filter((p) => p.table === 'proposals').map((p) => ProposalRowSchema.parse(p.row)));
  await db.talOverrides.bulkPut(parked.filter((p) => p.table === 'talOverrides').map((p) => TalOverrideRowSchema.parse(p.row)));
  await range.delete();
}

function parkedRow(table: ParkedRow['table'], id: string, row: ProposalRow | TalOverrideRow): ParkedRow {
  return ParkedRowSchema.parse({ kind: 'parked', key: `${table}/${id}`, table, row });
}
