import { IssueList } from './IssueList';
import { useDataT } from './use-data-t';
import type { SampleState } from './use-import-flow';

/** The outcome of reading the file's first rows with the mapping shown, so a wrong mapping shows before the import. */
export function SampleCheck({ state }: { state: SampleState }) {
  const t = useDataT();
  if (state.kind === 'checking') {
    return (
      <p role="status" className="muted">
        {t('data.sample.checking')}
      </p>
    );
  }
  if (state.kind === 'failed') return <p role="alert">{t('data.sample.failed', { message: state.message })}</p>;
  const { report, complete } = state.sample;
  const counts = { rows: report.rows, valid: report.valid, errors: report.errors.length, warnings: report.warnings.length };
  const issues = counts.errors + counts.warnings;
  return (
    <div className="data-sample">
      <p role="status">{t(complete ? 'data.sample.all' : 'data.sample.first', counts)}</p>
      {issues > 0 && (
        <details>
          <summary>{t('data.sample.issues', { issues })}</summary>
          <IssueList report={report} />
        </details>
      )}
    </div>
  );
}
