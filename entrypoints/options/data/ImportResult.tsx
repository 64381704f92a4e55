import type { ReactNode } from 'react';
import { type ImportReport, issuesToCsv } from '@/lib/import';
import type { SaveFile } from './download';
import { IssueList } from './IssueList';
import { useDataT } from './use-data-t';

/** What an import or upload did: its heading (counts), a note, then every error and warning with its row, downloadable as CSV. */
export function ImportResult({
  heading,
  note,
  report,
  fileName,
  save,
}: {
  heading: string;
  note?: ReactNode;
  report: ImportReport;
  fileName: string;
  save: SaveFile;
}) {
  const t = useDataT();
  const clean = report.errors.length === 0 && report.warnings.length === 0;
  return (
    <section className="card data-result" aria-labelledby="data-result-heading">
      <h2 id="data-result-heading" role="status">
        {heading}
      </h2>
      {note}
      {clean ? (
        <p>{t('data.result.clean')}</p>
      ) : (
        <>
          <p>{t('data.issues.summary', { errors: report.errors.length, warnings: report.warnings.length })}</p>
          <p>
            <button type="button" onClick={() => save(`${fileName.replace(/\.[^.]*$/, '')}-issues.csv`, [issuesToCsv(report)])}>
              {t('data.issues.download')}
            </button>
          </p>
          <IssueList report={report} />
        </>
      )}
    </section>
  );
}
