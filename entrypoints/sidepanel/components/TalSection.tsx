import { useId, useRef, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { ProposalForm } from '@/entrypoints/sidepanel/components/proposal/ProposalForm';
import { QuotaMeter } from '@/entrypoints/sidepanel/components/proposal/QuotaMeter';
import type { CompiledPlaybook } from '@/lib/rules';
import { evidenceOf } from '@/lib/rules/evidence-of';
import type { AccountEvaluation } from '@/lib/rules/result';
import type { Actor, QuotaView } from '@/lib/services/tal/tal-service';
import { personName, teamName } from '@/lib/tal/names';
import { periodOf } from '@/lib/tal/period';
import { proposeOption } from '../propose-option';
import type { AccountFile } from '../services';
import { usePanelServices } from '../services';
import { AccountRecertify } from './AccountRecertify';
import { ProposeBlocked } from './ProposeBlocked';
import { TalStatusLine } from './TalStatusLine';

export type TalSectionProps = {
  file: AccountFile;
  evaluation: AccountEvaluation;
  playbook: CompiledPlaybook;
  me: Actor;
  quota: QuotaView | null;
};

/** Whether the account is on the TAL, and the one next step: propose it (or its removal), or why that cannot be done. */
export function TalSection({ file, evaluation, playbook, me, quota }: TalSectionProps) {
  const { t } = useI18n();
  const { tal, now } = usePanelServices();
  const whyId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<'sent' | 'queued' | null>(null);
  const option = proposeOption({ file, playbook: playbook.playbook, me, quota, now: new Date(now()) });
  const who = (personId: string, name?: string) => personName(personId, name, { id: me.id, you: t('tal.who.you') });
  const nameOfTeam = (id: string) => teamName(playbook.playbook.tal.teams, id);
  // The newest decision about this account, when it is the approved add that listed it.
  const decided = file.proposals.find((p) => p.status === 'approved' || p.status === 'rejected');
  const approvedAdd = decided?.status === 'approved' && decided.type === 'add' ? decided : null;
  const close = () => {
    setOpen(false);
    headingRef.current?.focus();
  };
  const label =
    option.refusal?.code === 'quota-exceeded'
      ? t('tal.propose.quotaSpent')
      : t(option.type === 'add' ? 'tal.propose.add' : 'tal.propose.remove');

  return (
    <section className="tal card" aria-labelledby="tal-heading">
      <h2 id="tal-heading" ref={headingRef} tabIndex={-1}>
        {t('tal.heading')}
      </h2>
      <TalStatusLine onTal={file.onTal} pending={option.pending} approved={approvedAdd} who={who} teamName={nameOfTeam} />
      {file.onTal && !open && (
        <AccountRecertify accountId={file.account.id} period={periodOf(new Date(now()), playbook.playbook.tal.period).key} />
      )}
      {open ? (
        <ProposalForm
          type={option.type}
          accountName={file.account.name}
          evaluation={evaluation}
          quota={quota}
          onSubmit={(reason) => tal.propose({ type: option.type, accountId: file.account.id, reason }, evidenceOf(evaluation, file))}
          onCancel={close}
          onDone={(result) => {
            setDone(result.queued ? 'queued' : 'sent');
            close();
          }}
        />
      ) : (
        <>
          {option.type === 'add' && quota && <QuotaMeter quota={quota} />}
          <button
            type="button"
            className="primary"
            data-testid="propose"
            disabled={option.refusal !== null}
            aria-describedby={option.refusal ? whyId : undefined}
            onClick={() => {
              setDone(null);
              setOpen(true);
            }}
          >
            {label}
          </button>
          {option.refusal && <ProposeBlocked id={whyId} refusal={option.refusal} pending={option.pending} who={who} quota={quota} />}
        </>
      )}
      <p role="status" className="muted">
        {done === 'sent' && t('proposal.sent')}
        {done === 'queued' && t('proposal.queued')}
      </p>
    </section>
  );
}
