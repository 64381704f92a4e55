import type { Member } from '../../lib/schema/member';
import type { Proposal } from '../../lib/schema/proposal';
import { checkProposal } from '../../lib/tal/check-proposal';
import { newProposal, type ProposalRequest } from '../../lib/tal/new-proposal';
import { quotaScope, quotaScopeKey } from '../../lib/tal/quota';
import { requestHash } from '../db/idempotency';
import { insertProposalWithKey, lockAccountForProposal, lockQuotaScope, proposalFacts } from '../db/proposal-writes';
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
}

/**
 * Makes a proposal in one transaction. On a PostgreSQL server the account's row lock orders
 * proposals about one account, and the quota scope's row lock makes "count, then insert" atomic,
 * so concurrent adds never overshoot the quota; PGlite runs each transaction alone, which gives
 * the same. The rules themselves are lib/tal's, as in the extension.
 */
export async function createProposal(db: Db, input: CreateProposalInput): Promise<{ proposal: Proposal; replayed: boolean }> {
  try {
    return await db.transaction((tx) => createInTransaction(tx, input, db.kind));
  } catch (error) {
    const constraint = uniqueViolation(error);
    // The same key raced in on another connection (for another account): the winner's answer stands.
    if (constraint === 'idempotency_keys_pkey') return db.transaction((tx) => createInTransaction(tx, input, db.kind));
    if (constraint === 'proposals_one_open')
      throw new HttpError(409, 'duplicate', 'this account already has an open proposal of that type');
    throw error;
  }
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
