import { useMemo, useRef, useState } from 'react';
import { useI18n } from '@/components/i18n';
import type { Actor, TalService } from '@/lib/services/tal-service';
import type { PlaybookNames } from '../playbook/playbook-names';
import { BulkBar } from './BulkBar';
import { filterChoices, filterReview, NO_FILTER, type ReviewFilter } from './filter-review';
import { OutcomeList } from './OutcomeList';
import { ProposalCard } from './ProposalCard';
import { ReviewFilters } from './ReviewFilters';
import type { ReviewItem } from './review-item';
import { ShortcutHelp } from './ShortcutHelp';
import { type Target, useDecisions } from './use-decisions';
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
  const canDecide = actor.role !== 'rep';
  const [filter, setFilter] = useState<ReviewFilter>(NO_FILTER);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [rejectIntent, setRejectIntent] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const decisions = useDecisions(service);
  const noteInputs = useRef(new Map<string, HTMLInputElement>());

  const visible = useMemo(() => filterReview(items, filter, now), [items, filter, now]);
  const ids = useMemo(() => visible.map((i) => i.proposal.id), [visible]);
  const focus = useQueueFocus(ids);
  const targetOf = (id: string): Target => {
    const item = items.find((i) => i.proposal.id === id);
    return { id, name: item?.account?.name ?? item?.proposal.accountId ?? id };
  };
  const chosen = ids.filter((id) => selected.has(id));

  /** Decides the selection with the bulk note, or one proposal with its own note. */
  const decide = async (targetIds: readonly string[], decision: 'approve' | 'reject', bulk: boolean) => {
    setRejectIntent(null);
    focus.refocus();
    const done = await decisions.decide(targetIds.map(targetOf), decision, (id) => notes[bulk ? BULK : id] ?? '');
    const decided = new Set(done.filter((o) => !o.refusal).map((o) => o.id));
    setSelected((s) => new Set([...s].filter((id) => !decided.has(id))));
    setNotes((n) => Object.fromEntries(Object.entries(n).filter(([id]) => !decided.has(id) && !(bulk && id === BULK))));
  };
  const startReject = () => {
    const target = chosen.length > 0 ? BULK : focus.current;
    if (target === null) return;
    setRejectIntent(target);
    noteInputs.current.get(target)?.focus();
  };
  const cancelReject = () => {
    setRejectIntent(null);
    focus.focusCurrent();
  };
  const toggle = (id: string, on: boolean) => setSelected((s) => new Set(on ? [...s, id] : [...s].filter((x) => x !== id)));

  useReviewKeys({
    next: focus.next,
    previous: focus.previous,
    approve: () => {
      if (!canDecide || decisions.busy) return;
      if (chosen.length > 0) void decide(chosen, 'approve', true);
      else if (focus.current !== null) void decide([focus.current], 'approve', false);
    },
    reject: () => canDecide && !decisions.busy && startReject(),
    toggleSelected: () => canDecide && focus.current !== null && toggle(focus.current, !selected.has(focus.current)),
    toggleHelp: () => setHelpOpen((open) => !open),
  });

  const noteRef = (id: string) => (el: HTMLInputElement | null) => {
    if (el) noteInputs.current.set(id, el);
    else noteInputs.current.delete(id);
  };

  return (
    <div className="review-queue">
      <div className="review-toolbar">
        <ReviewFilters filter={filter} choices={filterChoices(items)} onChange={setFilter} names={names} />
        <ShortcutHelp open={helpOpen} onToggle={() => setHelpOpen((o) => !o)} canDecide={canDecide} />
      </div>
      <p className="muted" aria-live="polite">
        {t('review.count', { shown: visible.length, total: items.length })}
      </p>
      {canDecide && (
        <BulkBar
          count={chosen.length}
          total={ids.length}
          note={notes[BULK] ?? ''}
          onNote={(text) => setNotes((n) => ({ ...n, [BULK]: text }))}
          noteRef={noteRef(BULK)}
          rejectIntent={rejectIntent === BULK}
          busy={decisions.busy}
          onSelectAll={(on) => setSelected(on ? new Set(ids) : new Set())}
          onApprove={() => void decide(chosen, 'approve', true)}
          onReject={() => void decide(chosen, 'reject', true)}
          onCancelReject={cancelReject}
        />
      )}
      <OutcomeList outcomes={decisions.outcomes} />
      {visible.length === 0 ? (
        <p>{items.length === 0 ? t('review.empty') : t('review.emptyFiltered')}</p>
      ) : (
        <ol className="proposal-list" aria-label={t('review.list')}>
          {visible.map((item) => {
            const id = item.proposal.id;
            const own = item.proposal.proposerId === actor.id && item.proposal.status === 'pending';
            return (
              <li key={id}>
                <ProposalCard
                  item={item}
                  now={now}
                  focused={focus.current === id}
                  selection={canDecide ? { selected: selected.has(id), onSelect: (on) => toggle(id, on) } : undefined}
                  names={names}
                  onFocusCard={() => focus.setCurrent(id)}
                  cardRef={focus.cardRef(id)}
                  controls={{
                    mode: canDecide ? 'decide' : own ? 'withdraw' : 'none',
                    note: notes[id] ?? '',
                    onNote: (text) => setNotes((n) => ({ ...n, [id]: text })),
                    rejectIntent: rejectIntent === id,
                    busy: decisions.busy,
                    onApprove: () => void decide([id], 'approve', false),
                    onReject: () => void decide([id], 'reject', false),
                    onWithdraw: () => void decisions.withdraw(targetOf(id)),
                    onCancelReject: cancelReject,
                    noteRef: noteRef(id),
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

/** The key of the bulk note among the per-proposal notes. */
const BULK = '\u0000bulk';
