import { type KeyboardEvent, type Ref, useId } from 'react';
import { useI18n } from '@/components/i18n';
import { RejectHint } from './DecisionControls';

type BulkBarProps = {
  count: number;
  total: number;
  note: string;
  onNote(text: string): void;
  noteRef: Ref<HTMLInputElement>;
  rejectIntent: boolean;
  /** Reject was asked for without a note: it is asked for. */
  noteMissing: boolean;
  busy: boolean;
  onSelectAll(selected: boolean): void;
  onApprove(): void;
  onReject(): void;
  onCancelReject(): void;
};

/** Select all, and approve or reject every selected proposal with one note. */
export function BulkBar({
  count,
  total,
  note,
  onNote,
  noteRef,
  rejectIntent,
  noteMissing,
  busy,
  onSelectAll,
  onApprove,
  onReject,
  onCancelReject,
}: BulkBarProps) {
  const { t } = useI18n();
  const id = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && rejectIntent && count > 0) {
      event.preventDefault();
      onReject();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancelReject();
    }
  };
  return (
    <fieldset className="bulk-bar">
      <legend className="visually-hidden">{t('review.bulk')}</legend>
      <label>
        <input
          type="checkbox"
          checked={total > 0 && count === total}
          disabled={total === 0}
          onChange={(e) => onSelectAll(e.target.checked)}
        />{' '}
        {t('review.selectAll')}
      </label>
      <span aria-live="polite">{t('review.selected', { count })}</span>
      {count > 0 && (
        <>
          <label htmlFor={`${id}-note`}>{t('review.bulkNote')}</label>
          <input
            id={`${id}-note`}
            ref={noteRef}
            type="text"
            value={note}
            onChange={(e) => onNote(e.target.value)}
            onKeyDown={onKeyDown}
            aria-invalid={noteMissing || undefined}
            aria-describedby={rejectIntent ? `${id}-hint` : undefined}
          />
          {rejectIntent && <RejectHint id={`${id}-hint`} noteMissing={noteMissing} />}
          <button type="button" className="primary" disabled={busy} onClick={onApprove}>
            {t('review.approveSelected')}
          </button>
          <button type="button" disabled={busy} onClick={onReject}>
            {t('review.rejectSelected')}
          </button>
        </>
      )}
    </fieldset>
  );
}
