import { type ReactNode, useId, useRef, useState } from 'react';
import { useI18n } from '@/components/i18n';
import type { CriterionStatus } from '@/lib/rules/result';

export type ManualAnswerProps = {
  label: string;
  /** The "required" tag, beside the label. */
  required?: ReactNode;
  /** The criterion's status: pass is a yes, fail a no, unanswered neither. */
  status: CriterionStatus;
  /** Whether the playbook asks for a free-text description. */
  describe: boolean;
  note: string;
  onAnswer(value: boolean | null): void;
  onNote(text: string): void;
};

/**
 * A manual criterion as a yes/no radio group: one click answers. Where the playbook asks for a
 * description, its text box opens once the rep has answered (or has written one before).
 */
export function ManualAnswer({ label, required, status, describe, note, onAnswer, onNote }: ManualAnswerProps) {
  const { t } = useI18n();
  const name = useId();
  const noteId = useId();
  const [draft, setDraft] = useState(note);
  // A saved description that changes (another tab, a sync) replaces the draft, as React's guide on props adjusting state does it.
  const [savedNote, setSavedNote] = useState(note);
  if (note !== savedNote) {
    setSavedNote(note);
    setDraft(note);
  }
  // The rep's click shows at once; the saved answer takes over when the re-evaluated status arrives.
  const [clicked, setClicked] = useState<{ value: boolean | null; at: CriterionStatus } | null>(null);
  const saved = status === 'pass' ? true : status === 'fail' ? false : null;
  const answer = clicked && clicked.at === status ? clicked.value : saved;
  const yesRef = useRef<HTMLInputElement>(null);
  const choose = (value: boolean | null) => {
    setClicked({ value, at: status });
    onAnswer(value);
    // Clearing removes the Clear button: keep the keyboard in the group.
    if (value === null) yesRef.current?.focus();
  };
  return (
    <fieldset className="manual-answer">
      <legend className="criterion-label">
        {label}
        {required}
      </legend>
      <div className="yes-no">
        <label>
          <input ref={yesRef} type="radio" name={name} checked={answer === true} onChange={() => choose(true)} /> {t('common.yes')}
        </label>
        <label>
          <input type="radio" name={name} checked={answer === false} onChange={() => choose(false)} /> {t('common.no')}
        </label>
        {answer !== null && (
          <button type="button" className="link-button" aria-label={t('icp.answer.clearLabel', { label })} onClick={() => choose(null)}>
            {t('icp.answer.clear')}
          </button>
        )}
      </div>
      {describe && (answer !== null || note !== '' || draft !== '') && (
        <div className="describe">
          <label htmlFor={noteId}>{t('icp.describe')}</label>
          <textarea
            id={noteId}
            rows={2}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            onBlur={() => {
              if (draft !== note) onNote(draft);
            }}
          />
        </div>
      )}
    </fieldset>
  );
}
