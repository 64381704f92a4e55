import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import type { Proposal } from '../../lib/schema/proposal';
import { makeProposalIfUnchanged, readForProposal } from '../db/proposal-writes';
import { findProposal } from '../db/proposals';
import type { Db } from '../db/types';
import { HttpError } from '../http/errors';
import { TEST_DB_KINDS } from '../testing/databases';
import { someAccounts } from '../testing/harness';
import { useHarness } from '../testing/suite';
import { type CreateProposalInput, createProposal } from './create-proposal';

// The optimistic path reads, decides, then stores only if nothing it read has changed. These tests
// put a write between its read and its store (the `afterRead` seam) and check that the answer is
// the one the locked transaction gives, and that a quiet add never opens that transaction.

type Rep = Awaited<ReturnType<ReturnType<ReturnType<typeof useHarness>>['member']>>;

describe.each(TEST_DB_KINDS)('making a proposal on %s', (kind) => {
  const h = useHarness(kind);

  /** The database, with its transactions counted: each one is the locked path. */
  function countingDb(): { db: Db; transactions: () => number } {
    const db = h().db;
    const transaction = vi.fn(db.transaction.bind(db));
    return {
      db: { ...db, query: db.query.bind(db), exec: db.exec.bind(db), transaction } as Db,
      transactions: () => transaction.mock.calls.length,
    };
  }

  function input(rep: Rep, accountId: string, extra: Partial<CreateProposalInput> = {}): CreateProposalInput {
    return {
      request: { type: 'add', accountId, reason: 'fits the ICP' },
      proposer: { ...rep.member, team: rep.member.team ?? '' },
      idempotencyKey: undefined,
      now: h().clock.now(),
      newId: randomUUID,
      ...extra,
    };
  }

  async function refusal(work: Promise<unknown>): Promise<string> {
    const error = await work.then(
      () => undefined,
      (e: unknown) => e,
    );
    if (!(error instanceof HttpError)) throw new Error(`expected a refusal, got ${String(error)}`);
    return error.code;
  }

  async function setUp(addQuota = 5) {
    await h().playbook([{ id: 'emea', name: 'EMEA', addQuota }]);
    await h().accounts(someAccounts(3));
    return { rita: await h().member('rep', 'emea', 'Rita'), raj: await h().member('rep', 'emea', 'Raj') };
  }

  it('makes a quiet add in two statements, without the locked transaction, and stores what it answers', async () => {
    const { rita } = await setUp();
    const { db, transactions } = countingDb();
    const evidence = { fit: 'strong', criteria: [] };
    const { proposal, replayed } = await createProposal(
      db,
      input(rita, 'acc-1', { request: { type: 'add', accountId: 'acc-1', reason: 'fits', evidence } as never, idempotencyKey: 'k-1' }),
    );
    expect(replayed).toBe(false);
    expect(transactions()).toBe(0);
    expect(await findProposal(h().db, proposal.id)).toEqual(proposal);
    expect(proposal).toMatchObject({ status: 'pending', accountName: 'Account 1', proposerName: 'Rita', team: 'emea', evidence });
    const [key] = await h().db.query('SELECT proposal_id FROM idempotency_keys WHERE key = $1', ['k-1']);
    expect(key?.proposal_id).toBe(proposal.id);
  });

  it('refuses a duplicate made between its read and its store, through the locked path', async () => {
    const { rita, raj } = await setUp();
    const { db, transactions } = countingDb();
    const code = await refusal(
      createProposal(db, input(rita, 'acc-1', { afterRead: () => createProposal(h().db, input(raj, 'acc-1')).then(() => undefined) })),
    );
    expect(code).toBe('duplicate');
    expect(transactions()).toBe(1);
    expect(await h().db.query('SELECT id FROM proposals')).toHaveLength(1);
  });

  it('refuses an add once the quota fills between its read and its store', async () => {
    const { rita, raj } = await setUp(1);
    const { db } = countingDb();
    const code = await refusal(
      createProposal(db, input(rita, 'acc-1', { afterRead: () => createProposal(h().db, input(raj, 'acc-2')).then(() => undefined) })),
    );
    expect(code).toBe('quota-exceeded');
    expect((await h().db.query('SELECT account_id FROM proposals')).map((r) => r.account_id)).toEqual(['acc-2']);
  });

  it('decides again when the account data changes in between: now on the TAL, the add is a duplicate', async () => {
    const { rita } = await setUp();
    const { db } = countingDb();
    const listed = someAccounts(3).map((a) => ({ ...a, onTal: a.id === 'acc-1' }));
    expect(await refusal(createProposal(db, input(rita, 'acc-1', { afterRead: () => h().accounts(listed) })))).toBe('duplicate');
    expect(await h().db.query('SELECT id FROM proposals')).toHaveLength(0);
  });

  it('decides again when the playbook changes in between: a quota lowered to 0 refuses', async () => {
    const { rita } = await setUp();
    const { db } = countingDb();
    const lowered = () => h().playbook([{ id: 'emea', name: 'EMEA', addQuota: 0 }]);
    expect(await refusal(createProposal(db, input(rita, 'acc-1', { afterRead: lowered })))).toBe('quota-exceeded');
  });

  it('decides again when a decision lands in between: an add made and approved puts the account on the TAL', async () => {
    const { rita, raj } = await setUp();
    const mona = await h().member('manager', 'emea', 'Mona');
    const approved = async () => {
      const { proposal } = await createProposal(h().db, input(raj, 'acc-1'));
      const answer = await mona.call.send('POST', `/api/proposals/${proposal.id}/decision`, { decision: 'approve' });
      expect(answer.status).toBe(200);
    };
    const { db, transactions } = countingDb();
    expect(await refusal(createProposal(db, input(rita, 'acc-1', { afterRead: approved })))).toBe('duplicate');
    expect(transactions()).toBe(1);
  });

  it("answers a retry whose first attempt landed in between with the first attempt's proposal", async () => {
    const { rita } = await setUp();
    const first: { proposal?: Proposal } = {};
    const attempt = (extra: Partial<CreateProposalInput> = {}) => input(rita, 'acc-1', { idempotencyKey: 'same', ...extra });
    const retry = await createProposal(
      h().db,
      attempt({
        afterRead: async () => {
          first.proposal = (await createProposal(h().db, attempt())).proposal;
        },
      }),
    );
    expect(retry).toEqual({ proposal: first.proposal, replayed: true });
    expect(await h().db.query('SELECT id FROM proposals')).toHaveLength(1);
  });

  /** A pending add by `rep`, as the optimistic path builds it. */
  function newAdd(rep: Rep, accountId: string): Proposal {
    return {
      id: randomUUID(),
      type: 'add',
      accountId,
      reason: 'fits',
      status: 'pending',
      proposerId: rep.member.id,
      team: 'emea',
      createdAt: h().clock.now().toISOString(),
    };
  }

  it('stores nothing when anything it read has changed (the store on its own)', async () => {
    const { rita, raj } = await setUp();
    const lock = kind === 'postgres';
    const store = async (accountId: string, key: string, change: () => Promise<unknown>) => {
      const seen = await readForProposal(h().db, accountId, rita.member.id, key);
      await change();
      const proposal = newAdd(rita, accountId);
      return makeProposalIfUnchanged(h().db, {
        proposal,
        key: { key, requestHash: 'h' },
        seen,
        quota: undefined,
        now: h().clock.now(),
        lock,
      });
    };
    const nothing = async () => undefined;
    expect(await store('acc-3', 'k-stored', nothing)).toBe(true);
    expect(await store('acc-1', 'k-1', () => createProposal(h().db, input(raj, 'acc-1')))).toBe(false);
    expect(await store('acc-2', 'k-2', () => h().accounts(someAccounts(3, { industry: 'Retail' })))).toBe(false);
    expect(await store('acc-2', 'k-3', () => h().playbook([{ id: 'emea', name: 'EMEA', addQuota: 9 }]))).toBe(false);
    expect(await store('acc-2', 'k-4', () => h().admin.send('DELETE', '/api/accounts/acc-2'))).toBe(false);
    const mona = await h().member('manager', 'emea', 'Mona');
    const [open] = await h().db.query("SELECT id FROM proposals WHERE account_id = 'acc-1'");
    const rejected = () => mona.call.send('POST', `/api/proposals/${String(open?.id)}/decision`, { decision: 'reject' });
    expect(await store('acc-1', 'k-6', rejected)).toBe(false);
    const keyTaken = () => h().db.query("UPDATE idempotency_keys SET key = 'k-5' WHERE key = 'k-stored'");
    expect(await store('acc-1', 'k-5', keyTaken)).toBe(false);
    const stored = await h().db.query('SELECT account_id, proposer_id FROM proposals ORDER BY account_id');
    expect(stored).toEqual([
      { account_id: 'acc-1', proposer_id: raj.member.id },
      { account_id: 'acc-3', proposer_id: rita.member.id },
    ]);
  });

  it('counts the quota in the store itself, under the scope lock: a full scope stores nothing', async () => {
    const { rita } = await setUp(1);
    await createProposal(h().db, input(rita, 'acc-2'));
    const seen = await readForProposal(h().db, 'acc-1', rita.member.id, null);
    const team = { id: 'emea', name: 'EMEA', addQuota: 1, scope: 'team' as const };
    const window = { key: '2026-Q4', start: new Date('2026-10-01T00:00:00Z'), end: new Date('2027-01-01T00:00:00Z') };
    const store = (limit: number) =>
      makeProposalIfUnchanged(h().db, {
        proposal: newAdd(rita, 'acc-1'),
        key: undefined,
        seen,
        quota: { scope: { team, proposerId: null, window }, limit },
        now: h().clock.now(),
        lock: kind === 'postgres',
      });
    expect(await store(1)).toBe(false);
    expect(await store(2)).toBe(true);
  });
});
