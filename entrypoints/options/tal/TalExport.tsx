import { useI18n } from '@/components/i18n';
import { verdictLine, verdictWords } from '@/components/icp/verdict-words';
import type { Proposal } from '@/lib/schema/proposal';
import { proposalsCsv, talCsv } from './tal-csv';
import type { TalRow } from './tal-row';

type Props = {
  rows: readonly TalRow[];
  proposals: readonly Proposal[];
  accountName(id: string): string;
  /** Today's date for the file names (`tal-2026-11-23.csv`). */
  day: string;
  download(fileName: string, text: string): void;
};

/** Downloads the TAL and the proposals as CSV for the CRM. */
export function TalExport({ rows, proposals, accountName, day, download }: Props) {
  const { t, locale } = useI18n();
  const reason = (row: TalRow) => (row.evaluation ? verdictLine(verdictWords(row.evaluation.icp, t, locale)) : undefined);
  return (
    <section aria-labelledby="tal-export" className="card">
      <h2 id="tal-export">{t('talList.export')}</h2>
      <p className="muted">{t('talList.export.help')}</p>
      <button type="button" onClick={() => download(`tal-${day}.csv`, talCsv(rows, reason))}>
        {t('talList.export.tal')}
      </button>{' '}
      <button type="button" onClick={() => download(`proposals-${day}.csv`, proposalsCsv(proposals, accountName))}>
        {t('talList.export.proposals')}
      </button>
    </section>
  );
}
