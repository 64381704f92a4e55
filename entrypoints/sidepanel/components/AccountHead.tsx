import { useI18n } from '@/components/i18n';
import { PriorityLine } from '@/components/icp/PriorityLine';
import { VerdictBadge } from '@/entrypoints/sidepanel/components/icp/VerdictBadge';
import type { Recognition } from '@/lib/recognize';
import type { PriorityExplanation } from '@/lib/rules/priority-explain';
import type { AccountEvaluation } from '@/lib/rules/result';
import type { Account } from '@/lib/schema/account';
import { MailThread } from './MailThread';

/** Who this is and whether it fits, at a glance: name, how it was recognized, the verdict, the segment and tier. */
export function AccountHead({
  account,
  evaluation,
  why,
  currency,
  recognition,
}: {
  account: Account;
  evaluation: AccountEvaluation;
  why: PriorityExplanation;
  currency: string;
  recognition: Recognition;
}) {
  const { t } = useI18n();
  const by = recognition.match?.accountId === account.id ? recognition.match.by : 'choice';
  const segment = evaluation.segments.map((s) => s.name).join(' › ');
  return (
    <header className="account-head">
      <h1 id="company-name" data-testid="company-name">
        {account.name}
      </h1>
      <p className="muted">
        {account.domain ? `${account.domain} · ` : ''}
        {t('panel.matchedBy', { by: t(`find.by.${by}`) })}
      </p>
      {recognition.thread && <MailThread recognition={recognition} account={account} />}
      <VerdictBadge icp={evaluation.icp} accountId={account.id} />
      <p className="glance">{segment === '' ? t('icp.segments.none') : segment}</p>
      <PriorityLine priority={evaluation.priority} why={why} currency={currency} />
    </header>
  );
}
