import type { Proposal } from '../../lib/schema/proposal';
import { checkProposal } from '../../lib/tal/check-proposal';
import type { Member } from '../../lib/tal/member';
import { newProposal, type ProposalRequest } from '../../lib/tal/new-proposal';
import { quotaScope, quotaScopeKey } from '../../lib/tal/quota';
import { lockAccount } from '../db/accounts';
import { findIdempotentProposal, rememberIdempotencyKey, requestHash } from '../db/idempotency';
import { currentTalSettings } from '../db/playbooks';
import { countQuotaUse, findProposal, insertProposal, lockQuotaScope, proposalsForAccount } from '../db/proposals';
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
 * Makes a proposal in one transaction: the account's row lock orders proposals about one account,
 * and the quota scope's row lock makes "count, then insert" atomic, so concurrent adds never
 * overshoot the quota. The rules themselves are lib/tal's, as in the extension.
 */
export async function createProposal(db: Db, input: CreateProposalInput): Promise<{ proposal: Proposal; replayed: boolean }> {
  try {
    return await db.transaction((tx) => createInTransaction(tx, input));
  } catch (error) {
    const constraint = uniqueViolation(error);
    // The same key raced on another connection for another account: the winner's answer stands.
    if (constraint === 'idempotency_keys_pkey') return db.transaction((tx) => createInTransaction(tx, input));
    if (constraint === 'proposals_one_open')
      throw new HttpError(409, 'duplicate', 'this account already has an open proposal of that type');
    throw error;
  }
}

async function createInTransaction(tx: Queryable, input: CreateProposalInput): Promise<{ proposal: Proposal; replayed: boolean }> {
  const { request, proposer, idempotencyKey, now } = input;
  const hash = requestHash(request);
  const earlier = idempotencyKey === undefined ? undefined : await replay(tx, proposer.id, idempotencyKey, hash);
  if (earlier) return { proposal: earlier, replayed: true };

  const account = await lockAccount(tx, request.accountId);
  // A retry that waited on the account lock behind its own first attempt finds that attempt's proposal now.
  const raced = idempotencyKey === undefined || account === undefined ? undefined : await replay(tx, proposer.id, idempotencyKey, hash);
  if (raced) return { proposal: raced, replayed: true };

  const playbook = await currentTalSettings(tx);
  const team = playbook?.tal.teams.find((t) => t.id === proposer.team);
  let used: number | undefined;
  if (request.type === 'add' && playbook !== undefined && team !== undefined && account !== undefined) {
    const scope = quotaScope(team, playbook, now, proposer.id);
    await lockQuotaScope(tx, quotaScopeKey(scope));
    used = await countQuotaUse(tx, scope);
  }
  const proposals = account === undefined ? [] : await proposalsForAccount(tx, account.id);
  const check = checkProposal(request, { account, proposals, playbook, proposer, now, ...(used === undefined ? {} : { used }) });
  if (!check.ok) throw refusalError(check.refusal);

  const proposal = newProposal(request, proposer, input.newId(), now);
  await insertProposal(tx, proposal);
  if (idempotencyKey !== undefined) await rememberIdempotencyKey(tx, proposer.id, idempotencyKey, hash, proposal.id, now);
  return { proposal, replayed: false };
}

async function replay(tx: Queryable, memberId: string, key: string, hash: string): Promise<Proposal | undefined> {
  const earlier = await findIdempotentProposal(tx, memberId, key);
  if (earlier === undefined) return undefined;
  if (earlier.requestHash !== hash) {
    throw new HttpError(422, 'idempotency-key-reused', 'this Idempotency-Key was already used for a different proposal');
  }
  return findProposal(tx, earlier.proposalId);
}
