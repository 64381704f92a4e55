import { useState } from 'react';
import { useI18n } from '@/components/i18n';
import { RefusalText } from '@/components/proposal/RefusalText';
import type { Proposal } from '@/lib/schema/proposal';
import type { DecideResult, ProposeResult, Refusal } from '@/lib/services/tal/tal-service';
import { ProposalStatusMark } from './ProposalStatusMark';
import './proposal.css';

/**
 * One proposal with the name of its account (null when the account is not in the cache) and, in team
 * mode, whether it still waits in the outbox or the server refused it.
 */
export type ProposalRow = { proposal: Proposal; accountName: string | null; delivery?: 'waiting' | 'refused' };

export type MyProposalsProps = {
  rows: ProposalRow[];
  onWithdraw(proposalId: string): Promise<DecideResult>;
  /** Team mode: sends a refused or failed proposal again. */
  onResend?(proposalId: string): Promise<ProposeResult>;
};

/** The rep's proposals, newest first as given: status, the reviewer's note, and withdraw for pending ones. */
export function MyProposals({ rows, onWithdraw, onResend }: MyProposalsProps) {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [withdrawn, setWithdrawn] = useState(false);
  const [resent, setResent] = useState(false);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });

  const act = async (id: string, run: () => Promise<DecideResult | ProposeResult>, done: () => void) => {
    setBusy(id);
    setRefusal(null);
    setWithdrawn(false);
    setResent(false);
    try {
      const result = await run();
      if (result.ok) done();
      else setRefusal(result.refusal);
    } catch (error) {
      setRefusal({ code: 'invalid', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(null);
    }
  };

  if (rows.length === 0) return <p className="muted">{t('proposals.none')}</p>;
  return (
    <>
      <ul className="my-proposals">
        {rows.map(({ proposal, accountName, delivery }) => {
          const name = accountName ?? proposal.accountName ?? proposal.accountId;
          return (
            <li key={proposal.id} data-proposal-id={proposal.id} data-status={proposal.status}>
              <div className="proposal-head">
                <span className="proposal-account">{name}</span>
                <ProposalStatusMark status={proposal.status} />
              </div>
              <p className="muted">
                {t(proposal.type === 'add' ? 'proposals.type.add' : 'proposals.type.remove')} ·{' '}
                <time dateTime={proposal.createdAt}>{date.format(new Date(proposal.createdAt))}</time>
              </p>
              <p className="proposal-reason">{proposal.reason}</p>
              {delivery === 'waiting' && <p className="proposal-note">{t('proposals.waiting')}</p>}
              {proposal.note && (
                <p className="proposal-note">{delivery === 'refused' ? proposal.note : t('proposals.note', { note: proposal.note })}</p>
              )}
              {proposal.status === 'pending' && (
                <button
                  type="button"
                  disabled={busy === proposal.id}
                  aria-label={t('proposals.withdrawLabel', { name })}
                  onClick={() =>
                    act(
                      proposal.id,
                      () => onWithdraw(proposal.id),
                      () => setWithdrawn(true),
                    )
                  }
                >
                  {t('proposals.withdraw')}
                </button>
              )}
              {delivery === 'refused' && (
                <p className="actions">
                  {onResend && (
                    <button
                      type="button"
                      disabled={busy === proposal.id}
                      aria-label={t('proposals.resendLabel', { name })}
                      onClick={() =>
                        act(
                          proposal.id,
                          () => onResend(proposal.id),
                          () => setResent(true),
                        )
                      }
                    >
                      {t('proposals.resend')}
                    </button>
                  )}{' '}
                  <button
                    type="button"
                    disabled={busy === proposal.id}
                    aria-label={t('proposals.discardLabel', { name })}
                    onClick={() =>
                      act(
                        proposal.id,
                        () => onWithdraw(proposal.id),
                        () => undefined,
                      )
                    }
                  >
                    {t('proposals.discard')}
                  </button>
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <p role="status" className="muted">
        {withdrawn && t('proposals.withdrawn')}
        {resent && t('proposals.resent')}
      </p>
      {refusal && (
        <p role="alert" className="field-error">
          <RefusalText refusal={refusal} />
        </p>
      )}
    </>
  );
}
