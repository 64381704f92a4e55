import { csvLine } from './export-csv';
import type { ImportReport } from './report';

/** An import report's errors and warnings as CSV (kind, row, field, message), sorted by row, to fix the file against. */
export function issuesToCsv(report: Pick<ImportReport, 'errors' | 'warnings'>): string {
  const issues = [
    ...report.errors.map((issue) => ({ kind: 'error', ...issue })),
    ...report.warnings.map((issue) => ({ kind: 'warning', ...issue })),
  ].sort((a, b) => a.row - b.row);
  return `\uFEFF${csvLine(['kind', 'row', 'field', 'message'])}${issues.map((i) => csvLine([i.kind, i.row, i.field, i.message])).join('')}`;
}
