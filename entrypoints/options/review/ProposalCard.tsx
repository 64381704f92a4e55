import type { Ref } from 'react';
import { useI18n } from '@/components/i18n';
import { Checklist } from '@/components/icp/Checklist';
import { usePersonName } from '@/components/people';
import { proposalAccountName } from '@/lib/tal/names';
import type { PlaybookNames } from '../playbook/playbook-names';
import { DecisionControls, type DecisionControlsProps } from './DecisionControls';
import { ageInDays } from './filter-review';
import { IcpComparison } from './IcpComparison';
import { Judgments } from './Judgments';
import type { ReviewItem } from './review-item';

export type ProposalCardProps = {
  item: ReviewItem;
  now: number;
  focused: boolean;
  /** Who reads the queue: their own proposals say "you". */
  readerId?: string;
  /** Absent for an actor who may not decide: no checkbox. */
  selection?: { selected: boolean; onSelect(selected: boolean): void };
  controls: Omit<DecisionControlsProps, 'accountName'>;
  names: PlaybookNames;
  onFocusCard(): void;
  cardRef: Ref<HTMLElement>;
};

/** One proposal in the queue: the account, the reason, the evidence then and the ICP result now, and the decision. */
export function ProposalCard({ item, now, focused, readerId, selection, controls, names, onFocusCard, cardRef }: ProposalCardProps) {
  const { t } = useI18n();
  const { proposal, account, current } = item;
  const personName = usePersonName(readerId);
  const name = proposalAccountName(proposal, account);
  const domain = account?.domain ?? proposal.accountDomain;
  const headingId = `proposal-${proposal.id}`;
  return (
    <article
      ref={cardRef}
      tabIndex={-1}
      className={focused ? 'proposal-card card focused' : 'proposal-card card'}
      aria-labelledby={headingId}
      aria-current={focused || undefined}
      data-proposal-id={proposal.id}
      onFocus={onFocusCard}
    >
      <header className="proposal-head">
        {selection && (
          <input
            type="checkbox"
            checked={selection.selected}
            aria-label={t('review.select', { name })}
            onChange={(e) => selection.onSelect(e.target.checked)}
          />
        )}
        <h3 id={headingId}>
          <span className={`type type-${proposal.type}`}>{t(`proposals.type.${proposal.type}`)}</span> {name}
          {domain && <span className="muted"> · {domain}</span>}
        </h3>
      </header>
      <p className="muted">
        {t('review.meta', {
          rep: personName(proposal.proposerId, proposal.proposerName),
          team: names.teamName(proposal.team),
          days: ageInDays(proposal.createdAt, now),
        })}
      </p>
      <figure className="reason">
        <figcaption>{t('review.reason')}</figcaption>
        <blockquote>{proposal.reason}</blockquote>
      </figure>
      <IcpComparison item={item} names={names} />
      <Judgments judgments={proposal.evidence?.judgments} proposer={personName(proposal.proposerId, proposal.proposerName)} names={names} />
      {current && (
        <details>
          <summary>{t('review.checklistNow')}</summary>
          <Checklist criteria={current.icp.criteria} currency={names.currency} />
        </details>
      )}
      <DecisionControls {...controls} accountName={name} />
    </article>
  );
}
