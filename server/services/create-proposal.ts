import type { Member } from '../../lib/schema/member';
import type { Proposal } from '../../lib/schema/proposal';
import { checkProposal } from '../../lib/tal/check-proposal';
import { newProposal, type ProposalRequest } from '../../lib/tal/new-proposal';
import { quotaScope, quotaScopeKey } from '../../lib/tal/quota';
import { requestHash } from '../db/idempotency';
import {
  insertProposalWithKey,
  lockAccountForProposal,
  lockQuotaScope,
  makeProposalIfUnchanged,
  proposalFacts,
  readForProposal,
} from '../db/proposal-writes';
import { findProposal } from '../db/proposals';
import { uniqueViolation } from '../db/rows';
import type { Db, Queryable } from '../db/types';
import { HttpError } from '../http/errors';
import { refusalError } from '../http/refusals';

export interface CreateProposalInput {
  request: ProposalRequest;
  proposer: Member & { team: string };
  idempotencyKey: string | undefined;
  now: Date;
  newId: () => string;
  /** Runs between the optimistic path's read and its store: tests force interleavings with it. */
  afterRead?: () => Promise<void>;
}

/**
 * Makes a proposal. First optimistically, in two statements: read without a lock, decide with
 * lib/tal, then store only if nothing read has changed (`makeProposalIfUnchanged`, which takes the
 * same row locks and counts the quota under the scope's lock). When that cannot answer (a replayed
 * or reused key, a refusal, anything changed meanwhile, a quota spent), in one locked transaction:
 * on a PostgreSQL server the account's row lock orders proposals about one account, and the quota
 * scope's row lock makes "count, then insert" atomic, so concurrent adds never overshoot the
 * quota; PGlite runs each transaction alone, which gives the same. Refusals come only from the
 * locked transaction. The rules themselves are lib/tal's, as in the extension.
 */
export async function createProposal(db: Db, input: CreateProposalInput): Promise<{ proposal: Proposal; replayed: boolean }> {
  try {
    return (await createOptimistically(db, input)) ?? (await db.transaction((tx) => createInTransaction(tx, input, db.kind)));
  } catch (error) {
    const constraint = uniqueViolation(error);
    // The same key raced in on another connection (for another account): the winner's answer stands.
    if (constraint === 'idempotency_keys_pkey') return db.transaction((tx) => createInTransaction(tx, input, db.kind));
    if (constraint === 'proposals_one_open')
      throw new HttpError(409, 'duplicate', 'this account already has an open proposal of that type');
    throw error;
  }
}

/** The two-statement path: a proposal made, or undefined for the locked path to decide. */
async function createOptimistically(db: Db, input: CreateProposalInput): Promise<{ proposal: Proposal; replayed: false } | undefined> {
  const { request, proposer, idempotencyKey, now } = input;
  const seen = await readForProposal(db, request.accountId, proposer.id, idempotencyKey ?? null);
  if (seen.earlier !== undefined || seen.account === undefined || seen.playbook === undefined) return undefined;
  const team = seen.playbook.tal.teams.find((t) => t.id === proposer.team);
  if (team === undefined) return undefined;
  // The quota is counted by the store itself, under the scope's lock: 0 here leaves it to that count.
  const check = checkProposal(request, { ...seen, proposer, now, used: 0, teamBoundaries: true });
  if (!check.ok) return undefined;
  const proposal = newProposal(request, proposer, input.newId(), now, seen.account);
  await input.afterRead?.();
  const made = await makeProposalIfUnchanged(db, {
    proposal,
    key: idempotencyKey === undefined ? undefined : { key: idempotencyKey, requestHash: requestHash(request) },
    seen,
    quota: request.type === 'add' ? { scope: quotaScope(team, seen.playbook, now, proposer.id), limit: team.addQuota } : undefined,
    now,
    lock: db.kind === 'postgres',
  });
  return made ? { proposal, replayed: false } : undefined;
}

async function createInTransaction(
  tx: Queryable,
  input: CreateProposalInput,
  kind: Db['kind'],
): Promise<{ proposal: Proposal; replayed: boolean }> {
  const { request, proposer, idempotencyKey, now } = input;
  const hash = requestHash(request);
  // PGlite runs one transaction at a time, so there the row locks would guard nothing and only
  // cost statements on the hot path; on a PostgreSQL server they are what keeps the quota.
  const lock = kind === 'postgres';
  const { account, playbook, earlier } = await lockAccountForProposal(tx, request.accountId, proposer.id, idempotencyKey ?? null, lock);
  if (earlier !== undefined) {
    if (earlier.requestHash !== hash) {
      throw new HttpError(422, 'idempotency-key-reused', 'this Idempotency-Key was already used for a different proposal');
    }
    const proposal = await findProposal(tx, earlier.proposalId);
    if (proposal !== undefined) return { proposal, replayed: true };
  }

  const team = playbook?.tal.teams.find((t) => t.id === proposer.team);
  const scope =
    request.type === 'add' && playbook !== undefined && team !== undefined ? quotaScope(team, playbook, now, proposer.id) : undefined;
  if (lock && account !== undefined && scope !== undefined) await lockQuotaScope(tx, quotaScopeKey(scope));
  const facts = account === undefined ? { proposals: [], used: undefined } : await proposalFacts(tx, account.id, scope);
  const check = checkProposal(request, {
    account,
    proposals: facts.proposals,
    playbook,
    proposer,
    now,
    ...(facts.used === undefined ? {} : { used: facts.used }),
    teamBoundaries: true,
  });
  if (!check.ok) throw refusalError(check.refusal);

  const proposal = newProposal(request, proposer, input.newId(), now, account);
  await insertProposalWithKey(tx, proposal, idempotencyKey === undefined ? undefined : { key: idempotencyKey, requestHash: hash }, now);
  return { proposal, replayed: false };
}
