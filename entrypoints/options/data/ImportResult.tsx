import type { ImportRecordRow } from '@/lib/db';
import { type ImportReport, issuesToCsv } from '@/lib/import';
import type { SaveFile } from './download';
import { IssueList } from './IssueList';
import { useDataT } from './use-data-t';

/** What an import did: counts, then every error and warning with its row, downloadable as CSV. */
export function ImportResult({ report, record, save }: { report: ImportReport; record: ImportRecordRow; save: SaveFile }) {
  const t = useDataT();
  const clean = report.errors.length === 0 && report.warnings.length === 0;
  return (
    <section className="card data-result" aria-labelledby="data-result-heading">
      <h2 id="data-result-heading" role="status">
        {t('data.result.done', { valid: report.valid, rows: report.rows, file: record.fileName, accounts: record.accounts })}
      </h2>
      {clean ? (
        <p>{t('data.result.clean')}</p>
      ) : (
        <>
          <p>{t('data.issues.summary', { errors: report.errors.length, warnings: report.warnings.length })}</p>
          <p>
            <button type="button" onClick={() => save(`${record.fileName.replace(/\.[^.]*$/, '')}-issues.csv`, [issuesToCsv(report)])}>
              {t('data.issues.download')}
            </button>
          </p>
          <IssueList report={report} />
        </>
      )}
    </section>
  );
}
