import { type KeyboardEvent, type Ref, useId } from 'react';
import { useI18n } from '@/components/i18n';

export type DecisionControlsProps = {
  /** decide: a manager's note, approve and reject; withdraw: the proposer's own pending proposal. */
  mode: 'decide' | 'withdraw' | 'none';
  accountName: string;
  note: string;
  onNote(text: string): void;
  /** Set by the `r` key: Enter in the note then rejects, Escape cancels. */
  rejectIntent: boolean;
  /** Reject was asked for without a note: it is asked for. */
  noteMissing: boolean;
  busy: boolean;
  onApprove(): void;
  onReject(): void;
  onWithdraw(): void;
  onCancelReject(): void;
  noteRef: Ref<HTMLInputElement>;
};

/** Beside a note while a reject waits for it: how to finish, and, when Reject came without a note, that one is needed. */
export function RejectHint({ id, noteMissing }: { id: string; noteMissing: boolean }) {
  const { t } = useI18n();
  return noteMissing ? (
    <span id={id} role="alert" className="note-missing">
      {t('review.noteRequired')} {t('review.rejectHint')}
    </span>
  ) : (
    <span id={id} className="muted">
      {t('review.rejectHint')}
    </span>
  );
}

/** A proposal's note and decision buttons, or the proposer's withdraw button. */
export function DecisionControls(props: DecisionControlsProps) {
  const { t } = useI18n();
  const id = useId();
  if (props.mode === 'none') return null;
  if (props.mode === 'withdraw') {
    return (
      <div className="decision">
        <button type="button" disabled={props.busy} onClick={props.onWithdraw}>
          {t('review.withdraw')}
        </button>
      </div>
    );
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && props.rejectIntent) {
      event.preventDefault();
      props.onReject();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      props.onCancelReject();
    }
  };
  return (
    <div className="decision">
      <label htmlFor={`${id}-note`}>{t('review.note')}</label>
      <input
        id={`${id}-note`}
        ref={props.noteRef}
        type="text"
        value={props.note}
        onChange={(e) => props.onNote(e.target.value)}
        onKeyDown={onKeyDown}
        aria-describedby={props.rejectIntent ? `${id}-hint` : undefined}
        aria-invalid={props.noteMissing || undefined}
      />
      {props.rejectIntent && <RejectHint id={`${id}-hint`} noteMissing={props.noteMissing} />}
      <button
        type="button"
        className="primary"
        disabled={props.busy}
        onClick={props.onApprove}
        aria-label={t('review.approveLabel', { name: props.accountName })}
      >
        {t('review.approve')}
      </button>
      <button
        type="button"
        disabled={props.busy}
        onClick={props.onReject}
        aria-label={t('review.rejectLabel', { name: props.accountName })}
      >
        {t('review.reject')}
      </button>
    </div>
  );
}
