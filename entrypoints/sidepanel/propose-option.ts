import type { Playbook } from '@/lib/schema/playbook';
import type { Proposal } from '@/lib/schema/proposal';
import { fromTalRefusal } from '@/lib/services/tal/refusals';
import type { Actor, QuotaView, Refusal } from '@/lib/services/tal/tal-service';
import { checkProposal } from '@/lib/tal';
import type { AccountFile } from './services';

/** What the rep may propose for an account now, or why not. */
export type ProposeOption = {
  type: Proposal['type'];
  /** The open proposal of that type, if any (a second one would be a duplicate). */
  pending: Proposal | null;
  /** Why lib/tal would refuse the proposal now; null when it may be made. */
  refusal: Refusal | null;
};

export type ProposeOptionInput = { file: AccountFile; playbook: Pick<Playbook, 'tal'>; me: Actor; quota: QuotaView | null; now: Date };

/**
 * Adding when the account is off the TAL, removing when it is on, checked by lib/tal's `checkProposal`
 * against the account's proposals and the quota the TAL service reports. The TAL service checks again on sending.
 */
export function proposeOption({ file, playbook, me, quota, now }: ProposeOptionInput): ProposeOption {
  const type = file.onTal ? 'remove' : 'add';
  const pending = file.proposals.find((p) => p.type === type && p.status === 'pending') ?? null;
  // The reason is the form's to ask for; here the question is only whether a proposal could be made at all.
  const checked = checkProposal(
    { type, accountId: file.account.id, reason: 'pre-check' },
    {
      account: { id: file.account.id, name: file.account.name, onTal: file.onTal },
      proposals: file.proposals,
      playbook,
      proposer: me,
      now,
      ...(quota ? { used: quota.used } : {}),
    },
  );
  return { type, pending, refusal: checked.ok ? null : fromTalRefusal(checked.refusal) };
}
