import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { getActivePlaybook, getAnswers, listProposals } from '@/lib/db';
import { compilePlaybook } from '@/lib/rules/compile-playbook';
import type { Actor } from '@/lib/services/tal/tal-service';
import { maySee } from '@/lib/tal/permissions';
import { useOptionsServices } from '../services';
import type { ReviewItem } from './review-item';

/**
 * The pending proposals this actor may see (a manager their team's, an admin all, a rep their own),
 * each with its cached account and the account's ICP result now under the playbook in force. Live:
 * a decision anywhere (another tab, the panel) updates the queue.
 */
export function useReviewData(actor: Actor, now: number) {
  const { db, accounts } = useOptionsServices();
  const data = useLiveQuery(async () => {
    const [active, pending] = await Promise.all([getActivePlaybook(db), listProposals(db, { status: 'pending' })]);
    const visible = pending.filter((p) => maySee(actor, p));
    const ids = [...new Set(visible.map((p) => p.accountId))];
    const found = await Promise.all(
      ids.map(async (id) => ({ id, account: await accounts.getAccount(id), answers: await getAnswers(db, id) })),
    );
    return { playbook: active?.playbook, proposals: visible, byId: new Map(found.map((f) => [f.id, f])) };
  }, [db, accounts, actor]);

  return useMemo(() => {
    if (!data) return undefined;
    const compiled = data.playbook ? compilePlaybook(data.playbook) : undefined;
    const items: ReviewItem[] = data.proposals.map((proposal) => {
      const found = data.byId.get(proposal.accountId);
      const account = found?.account;
      return { proposal, account, current: account && compiled?.evaluate(account, found?.answers?.answers, now) };
    });
    return { items, playbook: data.playbook };
  }, [data, now]);
}
