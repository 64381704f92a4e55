import { useI18n } from '@/components/i18n';
import { MyProposals, type ProposalRow } from '@/entrypoints/sidepanel/components/proposal/MyProposals';
import { usePanelServices } from '../services';

/** The rep's own proposals, whatever page is open. */
export function MyProposalsSection({ rows }: { rows: ProposalRow[] | undefined }) {
  const { t } = useI18n();
  const { tal } = usePanelServices();
  return (
    <section className="mine" aria-labelledby="mine-heading">
      <h2 id="mine-heading">{t('proposals.mine')}</h2>
      {rows === undefined ? (
        <p className="muted loading">{t('common.loading')}</p>
      ) : (
        <MyProposals rows={rows} onWithdraw={(id) => tal.withdraw(id)} {...(tal.resend ? { onResend: tal.resend.bind(tal) } : {})} />
      )}
    </section>
  );
}
