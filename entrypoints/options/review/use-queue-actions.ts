import { useRef, useState } from 'react';
import type { TalService } from '@/lib/services/tal/tal-service';
import type { ReviewItem } from './review-item';
import { type Target, useDecisions } from './use-decisions';
import type { useQueueFocus } from './use-queue-focus';

/** The key of the bulk note among the per-proposal notes. */
export const BULK = '\u0000bulk';

/**
 * The reviewer's working state over the visible queue: the selection, a note per proposal (and one
 * for the selection), the pending `r` (reject once the note is written), and the decisions they lead to.
 */
export function useQueueActions(
  items: readonly ReviewItem[],
  ids: readonly string[],
  focus: ReturnType<typeof useQueueFocus>,
  service: Pick<TalService, 'decide' | 'withdraw'>,
) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [rejectIntent, setRejectIntent] = useState<string | null>(null);
  // A reject asked for without a note: that note (a proposal's id, or BULK) is asked for first.
  const [noteMissing, setNoteMissing] = useState<string | null>(null);
  const decisions = useDecisions(service);
  const noteInputs = useRef(new Map<string, HTMLInputElement>());
  const chosen = ids.filter((id) => selected.has(id));
  const targetOf = (id: string): Target => {
    const item = items.find((i) => i.proposal.id === id);
    return { id, name: item?.account?.name ?? item?.proposal.accountId ?? id };
  };

  /** Decides the selection with the bulk note, or one proposal with its own note. */
  const decide = async (targetIds: readonly string[], decision: 'approve' | 'reject', bulk: boolean) => {
    const noteKey = bulk ? BULK : (targetIds[0] as string);
    // Rejecting needs a note (the rep is owed a reason); approving does not.
    if (decision === 'reject' && (notes[noteKey] ?? '').trim() === '') {
      setRejectIntent(noteKey);
      setNoteMissing(noteKey);
      noteInputs.current.get(noteKey)?.focus();
      return;
    }
    setNoteMissing(null);
    setRejectIntent(null);
    focus.refocus();
    const done = await decisions.decide(targetIds.map(targetOf), decision, (id) => notes[bulk ? BULK : id] ?? '');
    const decided = new Set(done.filter((o) => !o.refusal).map((o) => o.id));
    setSelected((s) => new Set([...s].filter((id) => !decided.has(id))));
    setNotes((n) => Object.fromEntries(Object.entries(n).filter(([id]) => !decided.has(id) && !(bulk && id === BULK))));
  };

  return {
    selected,
    chosen,
    notes,
    rejectIntent,
    noteMissing,
    busy: decisions.busy,
    outcomes: decisions.outcomes,
    decide,
    /** `a`: the selection if there is one, else the current proposal. */
    approveByKey: () => {
      if (decisions.busy) return;
      if (chosen.length > 0) void decide(chosen, 'approve', true);
      else if (focus.current !== null) void decide([focus.current], 'approve', false);
    },
    /** `r`: the note of the selection (or of the current proposal) takes the focus; Enter there rejects. */
    startReject: () => {
      const target = chosen.length > 0 ? BULK : focus.current;
      if (target === null || decisions.busy) return;
      setRejectIntent(target);
      noteInputs.current.get(target)?.focus();
    },
    cancelReject: () => {
      setRejectIntent(null);
      setNoteMissing(null);
      focus.focusCurrent();
    },
    withdraw: (id: string) => void decisions.withdraw(targetOf(id)),
    toggle: (id: string, on: boolean) => setSelected((s) => new Set(on ? [...s, id] : [...s].filter((x) => x !== id))),
    selectAll: (on: boolean) => setSelected(on ? new Set(ids) : new Set()),
    setNote: (id: string, text: string) => setNotes((n) => ({ ...n, [id]: text })),
    noteRef: (id: string) => (el: HTMLInputElement | null) => {
      if (el) noteInputs.current.set(id, el);
      else noteInputs.current.delete(id);
    },
  };
}
