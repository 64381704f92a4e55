import { useDeferredValue, useMemo } from 'react';
import { useI18n } from '@/components/i18n';
import { PriorityBreakdown } from '@/components/icp/PriorityBreakdown';
import type { Recognition } from '@/lib/recognize';
import type { CompiledPlaybook } from '@/lib/rules';
import type { Actor } from '@/lib/services/tal/tal-service';
import { teamName } from '@/lib/tal/names';
import { proposingTeam } from '@/lib/tal/proposing-team';
import { useAccountFile } from '../hooks/use-account-file';
import { usePanel } from '../hooks/use-panel';
import { useQuota } from '../hooks/use-quota';
import { usePanelServices } from '../services';
import { AccountHead } from './AccountHead';
import { ChecklistSection } from './ChecklistSection';
import { CompanyFacts } from './CompanyFacts';
import { SegmentsSection } from './SegmentsSection';
import { TalSection } from './TalSection';

export type AccountPanelProps = {
  accountId: string;
  recognition: Recognition;
  playbook: CompiledPlaybook;
  me: Actor | undefined;
  /** Changes when the rep's proposals do: the quota is asked again. */
  quotaVersion: unknown;
};

/** Everything about one account: verdict at the top, the next step, the checklist, segments and the company's facts. */
export function AccountPanel({ accountId, recognition, playbook, me, quotaVersion }: AccountPanelProps) {
  const { t } = useI18n();
  const { now } = usePanelServices();
  const findAnother = usePanel((s) => s.findAnother);
  const file = useAccountFile(accountId);
  // The rules judge; the panel only shows. Re-evaluated when the account or the rep's answers change.
  const evaluation = useMemo(() => (file ? playbook.evaluate(file.account, file.answers, now()) : null), [playbook, file, now]);
  const why = useMemo(
    () => (file && evaluation ? playbook.explainPriority(file.account, evaluation.icp.score) : null),
    [playbook, file, evaluation],
  );
  // The team a proposal about this account counts against (solo mode: the account's own team).
  const team = me && file ? proposingTeam(me, file.account, playbook.playbook) : undefined;
  const quota = useQuota(team ?? undefined, quotaVersion);
  // The glance (who, verdict, tier, TAL) commits first; the worksheet, the priority breakdown, the
  // segments and the company card below it follow in a second, interruptible render. Nothing above
  // them moves when they arrive.
  const details = useDeferredValue(true, false);
  const currency = playbook.playbook.currency;
  const nameOfTeam = (id: string) => teamName(playbook.playbook.tal.teams, id);

  if (file === undefined) return <p className="muted loading">{t('common.loading')}</p>;
  if (file === null || evaluation === null || why === null) return <p role="alert">{t('panel.accountGone')}</p>;
  return (
    <article className="account" aria-labelledby="company-name">
      <AccountHead account={file.account} evaluation={evaluation} why={why} currency={currency} recognition={recognition} />
      {me && <TalSection file={file} evaluation={evaluation} playbook={playbook} me={{ ...me, team: team ?? me.team }} quota={quota} />}
      {details && (
        <>
          <ChecklistSection
            accountId={accountId}
            criteria={evaluation.icp.criteria}
            notes={file.notes}
            playbook={playbook}
            {...(file.answeredBy && file.answeredBy.id !== me?.id ? { answeredBy: file.answeredBy } : {})}
          />
          <PriorityBreakdown why={why} currency={currency} />
          <SegmentsSection segments={evaluation.segments} />
          <CompanyFacts account={file.account} currency={currency} used={playbook.fieldsUsed} teamName={nameOfTeam} />
          <button type="button" className="link-button" onClick={findAnother}>
            {t('panel.notThisCompany')}
          </button>
        </>
      )}
    </article>
  );
}
