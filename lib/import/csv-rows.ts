import { createRowBuilder, isBlank, type RowOutcome } from './build-account';

const FORMULA_ESCAPE = /^'[=+\-@\t\r]/;
const ENCODING_WARNING = 'has characters that are not UTF-8 (shown as \uFFFD); kept as read. Save the file as "CSV UTF-8" to keep them';

/** The warning on row 1 of a CSV without an id column, whose ids are derived. */
export const DERIVED_IDS_WARNING =
  'no id column: each account gets its domain as id (else its name as a slug, e.g. "alpha-dynamics"); rows that give the same id are repeats';

/** Undoes the apostrophe our own export puts before formula-like cells (headers included), in place. */
export function unescapeFormulas(cells: string[]): string[] {
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as string;
    if (cell.length > 1 && cell.charCodeAt(0) === 39 && FORMULA_ESCAPE.test(cell)) cells[i] = cell.slice(1);
  }
  return cells;
}

/** True for a record with no value in any cell: it keeps its row number but is not a row. */
export const isBlankRecord = (cells: readonly string[]) => cells.every(isBlank);

/**
 * Reads CSV data records into row outcomes, for one file's columns: the one place that turns a
 * record into an account, shared by the streaming reader and the parallel import's batches.
 * `checkEncoding` adds a warning on a row whose cells hold U+FFFD (text that was not UTF-8).
 */
export function createCsvRowReader(columns: Parameters<typeof createRowBuilder>[0], deriveIds: boolean) {
  const build = createRowBuilder(columns, deriveIds);
  return function readRow(cells: string[], row: number, checkEncoding: boolean): RowOutcome {
    const outcome = build(cells, row);
    if (outcome.ok && checkEncoding) {
      const index = cells.findIndex((cell) => cell.includes('\uFFFD'));
      if (index >= 0) {
        outcome.warnings = [...outcome.warnings, { row, field: columns.labels[index] ?? `column ${index + 1}`, message: ENCODING_WARNING }];
      }
    }
    return outcome;
  };
}
