import type { AccountEvaluation } from '@/lib/rules/result';
import type { Account } from '@/lib/schema/account';
import type { Proposal } from '@/lib/schema/proposal';

/** A proposal as the reviewer sees it: with its account from the cache and the account's ICP result now. */
export type ReviewItem = {
  proposal: Proposal;
  /** Undefined when the account has left the cache since it was proposed. */
  account: Account | undefined;
  /** Undefined without a valid playbook or without the account. */
  current: AccountEvaluation | undefined;
};
