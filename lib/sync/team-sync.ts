import {
  applyAccountChanges,
  createDexieOutbox,
  dirtyAnswers,
  enterTeamMode,
  getAccountsCursor,
  getAnswers,
  mirrorPlaybook,
  mirrorProposals,
  mirrorSharedAnswers,
  mirrorTal,
  putRecertifications,
  readActiveCache,
  saveAnswers,
  setAccountsCursor,
  type TalDb,
} from '../db';
import type { Translate } from '../i18n';
import type { Member } from '../schema/member';
import type { TeamServer } from '../settings/team';
import type { TalClient } from './client';
import { TalApiError } from './errors';
import { flushOutbox } from './outbox';
import { pullChanges } from './pull';
import type { OutboxCounts } from './sync-status';

/**
 * How long a sync waits for the account cache when another writer holds it. The background's upkeep
 * (a fold, a settle) steps aside at once; an import still writing after this long makes the sync
 * fail as busy, and it comes again at the next alarm, its cursor unmoved. Well under the 30 s a
 * service worker stays up without an event.
 */
export const SYNC_CACHE_WAIT_MS = 20_000;

export type TeamSyncDeps = {
  db: TalDb;
  server: TeamServer;
  client: Pick<
    TalClient,
    | 'createProposal'
    | 'me'
    | 'accountChanges'
    | 'currentPlaybook'
    | 'proposals'
    | 'tal'
    | 'recertifications'
    | 'sharedAnswers'
    | 'putAnswers'
  >;
  clock: () => Date;
  random: () => number;
  /** The user asked (Sync now, a new proposal): waiting proposals are tried at once, whatever their backoff. */
  manual: boolean;
  /** Keeps the member as the server describes it now (a role or team changed by the admin). */
  memberChanged(member: Member): Promise<void>;
  /** The user's language, for the words beside a refusal; the server's words alone without it. */
  translate?: () => Promise<Translate>;
};

/**
 * One sync with the team server: sends waiting proposals (exactly once, by idempotency key), then
 * pulls the member, the playbook, the account delta, the proposals and decisions and the TAL into the
 * local database. Only what the user submitted is sent. Throws when the server cannot be reached or
 * refuses; the outbox's own state is mirrored first, so a refusal shows even then.
 */
export async function runTeamSync({
  db,
  server,
  client,
  clock,
  random,
  manual,
  memberChanged,
  translate,
}: TeamSyncDeps): Promise<OutboxCounts> {
  const t = translate ? await translate() : undefined;
  const refusalNote = t ? (message: string) => t('team.refusedNote', { message }) : undefined;
  const owner = { server: server.url, memberId: server.member.id };
  await enterTeamMode(db, owner, clock());
  const outbox = createDexieOutbox(db, owner);
  if (manual) await outbox.makeDue(clock());
  const flushed = await flushOutbox({ client, storage: outbox, clock, random });
  await mirrorProposals(db, { outbox: await outbox.all(), proposer: server.member, now: clock(), refusalNote });

  const member = await client.me();
  if (JSON.stringify(member) !== JSON.stringify(server.member)) await memberChanged(member);

  const [cursor, active] = await Promise.all([getAccountsCursor(db), readActiveCache(db)]);
  const sameServer = cursor?.server === server.url;
  // A cache replaced since (a local import) gets the whole server again, merged; a first sync replaces the cache.
  const since = sameServer && cursor.generation === active?.generation.generation ? cursor.cursor : undefined;
  const pulled = await pullChanges(client, since);
  await mirrorPlaybook(db, pulled.playbook, clock(), pulled.playbookSaved ?? undefined);
  const generation = await applyAccountChanges(
    db,
    {
      accounts: pulled.accounts,
      deleted: pulled.deleted,
      mode: sameServer ? 'merge' : 'replace',
      base: active?.generation.generation ?? null,
    },
    { now: clock, source: `team server ${server.url}`, waitMs: SYNC_CACHE_WAIT_MS },
  );
  const applied = generation ?? (sameServer ? active?.generation.generation : undefined);
  if (applied !== undefined) await setAccountsCursor(db, { server: server.url, cursor: pulled.cursor, generation: applied });

  const serverIds = new Set(pulled.proposals.map((p) => p.id));
  const justDelivered = new Set(flushed.delivered.map((item) => item.idempotencyKey));
  for (const item of await outbox.all()) {
    // Delivered in an earlier sync and listed by the server: the server's copy is the one kept. One
    // delivered just now stays until the next sync, so whoever asked for this sync can read its answer.
    const listed = item.proposal !== undefined && serverIds.has(item.proposal.id);
    if (item.state === 'delivered' && listed && !justDelivered.has(item.idempotencyKey)) await outbox.remove(item.idempotencyKey);
  }
  const items = await outbox.all();
  await mirrorProposals(db, { server: pulled.proposals, outbox: items, proposer: member, now: clock(), refusalNote });
  await mirrorTal(db, pulled.tal, clock());
  await putRecertifications(db, pulled.recertifications.records, pulled.recertifications.period);
  await shareAnswers(db, client, member);
  return {
    waiting: items.filter((item) => item.state === 'queued').length,
    refused: items.filter((item) => item.state === 'refused' || item.state === 'failed').length,
  };
}

/**
 * Sends the judgments changed here to the team (a rep's answers belong to their team), then takes the
 * team's: a teammate's newer answers replace the ones here unless this browser changed them since. An
 * admin has no team to share with; an account the server does not know (typed in by the rep) stays here.
 */
async function shareAnswers(db: TalDb, client: Pick<TalClient, 'sharedAnswers' | 'putAnswers'>, member: Member) {
  if (member.role === 'admin' || member.team === null) return;
  for (const row of await dirtyAnswers(db)) {
    try {
      await client.putAnswers(row.accountId, { answers: row.answers, notes: row.notes });
    } catch (error) {
      if (!(error instanceof TalApiError && error.status === 404)) throw error;
    }
    // Sent (or not the server's to keep): no longer waiting, unless changed again meanwhile.
    await db.transaction('rw', db.answers, async () => {
      const now = await getAnswers(db, row.accountId);
      if (now && now.updatedAt === row.updatedAt) {
        await saveAnswers(db, row.accountId, now.answers, new Date(now.updatedAt), now.notes, { by: { id: member.id, name: member.name } });
      }
    });
  }
  await mirrorSharedAnswers(db, await client.sharedAnswers());
}
