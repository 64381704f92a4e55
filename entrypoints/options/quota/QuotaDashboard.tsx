import { useI18n } from '@/components/i18n';
import { usePersonName } from '@/components/people';
import { BarChartFigure } from '@/entrypoints/options/components/charts/BarChartFigure';
import type { Playbook } from '@/lib/schema/playbook';
import type { Proposal } from '@/lib/schema/proposal';
import { quotaRows } from './quota-rows';

type Props = { proposals: readonly Proposal[]; playbook: Pick<Playbook, 'tal'>; now: Date };

/** Quota use this period per team and per rep, as charts with their tables, and a warning where a quota is spent. */
export function QuotaDashboard({ proposals, playbook, now }: Props) {
  const { t } = useI18n();
  const personName = usePersonName();
  const { teams, reps, period } = quotaRows(proposals, playbook, now, personName);
  const headers = { value: t('quotaBoard.used'), limit: t('quotaBoard.limit') };
  const bars = (rows: typeof teams) =>
    rows.map((r) => ({ key: r.key, label: r.label, value: r.used, ...(r.limit === undefined ? {} : { limit: r.limit }) }));
  const over = teams.filter((r) => r.limit !== undefined && r.used > r.limit);
  return (
    <section aria-labelledby="quota-board" className="card" data-testid="quota-board">
      <h2 id="quota-board">{t('quotaBoard.heading')}</h2>
      <p className="muted">{t('quotaBoard.period', { period: t(`playbook.period.${period}`) })}</p>
      {teams.length === 0 ? (
        <p>{t('quotaBoard.noTeams')}</p>
      ) : (
        <BarChartFigure caption={t('quotaBoard.teams')} data={bars(teams)} headers={{ label: t('quotaBoard.team'), ...headers }} />
      )}
      {over.map((r) => (
        <p key={r.key} role="note" className="warning">
          {t('quotaBoard.over', { team: r.label, used: r.used, limit: r.limit ?? 0 })}
        </p>
      ))}
      {reps.length === 0 ? (
        <p className="muted">{t('quotaBoard.noReps')}</p>
      ) : (
        <BarChartFigure caption={t('quotaBoard.reps')} data={bars(reps)} headers={{ label: t('quotaBoard.rep'), ...headers }} />
      )}
    </section>
  );
}
