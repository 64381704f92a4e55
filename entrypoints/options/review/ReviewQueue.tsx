import { useMemo, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { usePersonName } from '@/components/people';
import { SOLO_ACTOR_ID } from '@/lib/services/tal/solo-actor';
import type { Actor, TalService } from '@/lib/services/tal/tal-service';
import type { PlaybookNames } from '../playbook/playbook-names';
import { BulkBar } from './BulkBar';
import { filterChoices, filterReview, NO_FILTER, type ReviewFilter } from './filter-review';
import { OutcomeList } from './OutcomeList';
import { ProposalCard } from './ProposalCard';
import { ReviewFilters } from './ReviewFilters';
import type { ReviewItem } from './review-item';
import { ShortcutHelp } from './ShortcutHelp';
import { BULK, useQueueActions } from './use-queue-actions';
import { useQueueFocus } from './use-queue-focus';
import { useReviewKeys } from './use-review-keys';

export type ReviewQueueProps = {
  /** The proposals to review (pending), or for a rep their own pending proposals. */
  items: readonly ReviewItem[];
  actor: Actor;
  now: number;
  service: Pick<TalService, 'decide' | 'withdraw'>;
  names: PlaybookNames;
};

/** The manager's queue: filters, one card per proposal, decisions one by one or in bulk, and keyboard shortcuts. */
export function ReviewQueue({ items, actor, now, service, names }: ReviewQueueProps) {
  const { t } = useI18n();
  const personName = usePersonName(actor.id);
  const canDecide = actor.role !== 'rep';
  const [filter, setFilter] = useState<ReviewFilter>(NO_FILTER);
  const [helpOpen, setHelpOpen] = useState(false);
  const visible = useMemo(() => filterReview(items, filter, now), [items, filter, now]);
  const ids = useMemo(() => visible.map((i) => i.proposal.id), [visible]);
  const focus = useQueueFocus(ids);
  const act = useQueueActions(items, ids, focus, service);

  useReviewKeys({
    next: focus.next,
    previous: focus.previous,
    approve: () => canDecide && act.approveByKey(),
    reject: () => canDecide && act.startReject(),
    toggleSelected: () => canDecide && focus.current !== null && act.toggle(focus.current, !act.selected.has(focus.current)),
    toggleHelp: () => setHelpOpen((open) => !open),
  });

  return (
    <div className="review-queue">
      <div className="review-toolbar">
        <ReviewFilters filter={filter} choices={filterChoices(items, personName)} onChange={setFilter} names={names} />
        <ShortcutHelp open={helpOpen} onToggle={() => setHelpOpen((o) => !o)} canDecide={canDecide} />
      </div>
      <p className="muted" aria-live="polite">
        {t('review.count', { shown: visible.length, total: items.length })}
      </p>
      {canDecide && (
        <BulkBar
          count={act.chosen.length}
          total={ids.length}
          note={act.notes[BULK] ?? ''}
          onNote={(text) => act.setNote(BULK, text)}
          noteRef={act.noteRef(BULK)}
          rejectIntent={act.rejectIntent === BULK}
          noteMissing={act.noteMissing === BULK}
          busy={act.busy}
          onSelectAll={act.selectAll}
          onApprove={() => void act.decide(act.chosen, 'approve', true)}
          onReject={() => void act.decide(act.chosen, 'reject', true)}
          onCancelReject={act.cancelReject}
        />
      )}
      <OutcomeList outcomes={act.outcomes} />
      {visible.length === 0 ? (
        <p>{items.length === 0 ? t('review.empty') : t('review.emptyFiltered')}</p>
      ) : (
        <ol className="proposal-list" aria-label={t('review.list')}>
          {visible.map((item) => {
            const id = item.proposal.id;
            const own = item.proposal.proposerId === actor.id && item.proposal.status === 'pending';
            // In team mode nobody decides their own proposal (spec §6); solo mode's one person does.
            const mayDecide = canDecide && !(own && actor.id !== SOLO_ACTOR_ID);
            return (
              <li key={id}>
                <ProposalCard
                  item={item}
                  now={now}
                  focused={focus.current === id}
                  readerId={actor.id}
                  selection={mayDecide ? { selected: act.selected.has(id), onSelect: (on) => act.toggle(id, on) } : undefined}
                  names={names}
                  onFocusCard={() => focus.setCurrent(id)}
                  cardRef={focus.cardRef(id)}
                  controls={{
                    mode: mayDecide ? 'decide' : own ? 'withdraw' : 'none',
                    note: act.notes[id] ?? '',
                    onNote: (text) => act.setNote(id, text),
                    rejectIntent: act.rejectIntent === id,
                    noteMissing: act.noteMissing === id,
                    busy: act.busy,
                    onApprove: () => void act.decide([id], 'approve', false),
                    onReject: () => void act.decide([id], 'reject', false),
                    onWithdraw: () => act.withdraw(id),
                    onCancelReject: act.cancelReject,
                    noteRef: act.noteRef(id),
                  }}
                />
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
