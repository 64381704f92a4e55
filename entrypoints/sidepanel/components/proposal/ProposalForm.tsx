import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { RefusalText } from '@/components/proposal/RefusalText';
import type { AccountEvaluation } from '@/lib/rules/result';
import { type ProposalInput, ProposalInputSchema } from '@/lib/schema/proposal';
import type { ProposeResult, QuotaView, Refusal } from '@/lib/services/tal/tal-service';
import { EvidenceSummary } from './EvidenceSummary';
import { QuotaMeter } from './QuotaMeter';
import './proposal.css';

export type ProposalFormProps = {
  type: ProposalInput['type'];
  accountName: string;
  evaluation: Pick<AccountEvaluation, 'icp' | 'segments' | 'priority'>;
  /** The proposer's add quota; shown for additions only. */
  quota?: QuotaView | null;
  onSubmit(reason: string): Promise<ProposeResult>;
  onCancel(): void;
  /** Called once the proposal was accepted (sent, or queued while offline). */
  onDone(result: Extract<ProposeResult, { ok: true }>): void;
};

const reasonSchema = ProposalInputSchema.shape.reason;

/** A short form: the reason (required), the evidence that will be attached, and the quota meter. */
export function ProposalForm({ type, accountName, evaluation, quota, onSubmit, onCancel, onDone }: ProposalFormProps) {
  const { t } = useI18n();
  const reasonId = useId();
  const helpId = useId();
  const errorId = useId();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // The form opens on the rep's request: take them straight to the one field it needs.
  useEffect(() => reasonRef.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = reasonSchema.safeParse(reason);
    if (!checked.success) {
      setMissing(true);
      reasonRef.current?.focus();
      return;
    }
    setBusy(true);
    setRefusal(null);
    try {
      const result = await onSubmit(checked.data);
      if (result.ok) onDone(result);
      else setRefusal(result.refusal);
    } catch (error) {
      setRefusal({ code: 'invalid', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="proposal-form card" onSubmit={submit} noValidate aria-labelledby={`${reasonId}-heading`}>
      <h3 id={`${reasonId}-heading`}>{t(type === 'add' ? 'proposal.heading.add' : 'proposal.heading.remove', { name: accountName })}</h3>
      <label htmlFor={reasonId}>{t('proposal.reason')}</label>
      <textarea
        id={reasonId}
        ref={reasonRef}
        rows={3}
        maxLength={2000}
        required
        value={reason}
        aria-invalid={missing}
        aria-describedby={missing ? `${errorId} ${helpId}` : helpId}
        onChange={(event) => {
          setReason(event.target.value);
          if (missing && event.target.value.trim() !== '') setMissing(false);
        }}
      />
      <p id={helpId} className="muted help">
        {t('proposal.reason.help')}
      </p>
      {missing && (
        <p id={errorId} className="field-error">
          {t('proposal.reason.required')}
        </p>
      )}
      <h4>{t('proposal.evidence')}</h4>
      <EvidenceSummary evaluation={evaluation} />
      {type === 'add' && quota && <QuotaMeter quota={quota} />}
      {refusal && (
        <p role="alert" className="field-error">
          <RefusalText refusal={refusal} />
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('proposal.sending') : t('proposal.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
