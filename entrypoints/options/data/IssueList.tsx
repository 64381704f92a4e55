import { useState } from 'react';
import type { ImportReport } from '@/lib/import';
import { useDataT } from './use-data-t';

/** Issues shown per page: every one is listed, a page at a time, so a file with 100,000 problems stays usable. */
export const ISSUES_PER_PAGE = 100;

/** Every error and warning of an import, by row, a page at a time. */
export function IssueList({ report }: { report: Pick<ImportReport, 'errors' | 'warnings'> }) {
  const t = useDataT();
  const [page, setPage] = useState(0);
  const issues = [
    ...report.errors.map((issue) => ({ kind: 'error' as const, ...issue })),
    ...report.warnings.map((issue) => ({ kind: 'warning' as const, ...issue })),
  ].sort((a, b) => a.row - b.row || (a.kind === b.kind ? 0 : a.kind === 'error' ? -1 : 1));
  const pages = Math.ceil(issues.length / ISSUES_PER_PAGE);
  const shown = issues.slice(page * ISSUES_PER_PAGE, (page + 1) * ISSUES_PER_PAGE);
  return (
    <>
      <table className="data-issues">
        <caption>{t('data.issues.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('data.issues.row')}</th>
            <th scope="col">{t('data.issues.kind')}</th>
            <th scope="col">{t('data.issues.field')}</th>
            <th scope="col">{t('data.issues.message')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((issue) => (
            <tr key={`${issue.kind}|${issue.row}|${issue.field}|${issue.message}`} className={issue.kind}>
              <td>{issue.row}</td>
              <td>{t(issue.kind === 'error' ? 'data.issues.kind.error' : 'data.issues.kind.warning')}</td>
              <td>{issue.field}</td>
              <td>{issue.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 && (
        <nav className="data-pages" aria-label={t('data.issues.heading')}>
          <button type="button" onClick={() => setPage(page - 1)} disabled={page === 0}>
            {t('data.issues.previous')}
          </button>{' '}
          <span>
            {t('data.issues.page', {
              from: page * ISSUES_PER_PAGE + 1,
              to: Math.min((page + 1) * ISSUES_PER_PAGE, issues.length),
              total: issues.length,
            })}
          </span>{' '}
          <button type="button" onClick={() => setPage(page + 1)} disabled={page + 1 >= pages}>
            {t('data.issues.next')}
          </button>
        </nav>
      )}
    </>
  );
}
