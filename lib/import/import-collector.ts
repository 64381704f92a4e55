import { type ImportReport, type RowIssue, repeatedIdError } from './report';

/** A batch of rows as the import coordinator hands it over, in file order. */
export type CollectedBatch = {
  rows: number;
  errors: RowIssue[];
  warnings: RowIssue[];
  ids: readonly string[];
  accountRows: readonly number[];
};

const byRow = (a: RowIssue, b: RowIssue) => a.row - b.row;

/**
 * Assembles an import's report from batches read apart (in parallel), in file order: counts, issues
 * in row order, and the rule that an id repeating an earlier row's is an error (the first stands),
 * which only the whole file can decide. `derivedIds` words that error for files without an id column.
 */
export function createImportCollector(derivedIds: boolean) {
  const errors: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const firstRowOfId = new Map<string, number>();
  let rows = 0;
  let valid = 0;
  return {
    /** An issue of the file as a whole (on the header row, say). */
    warn(issue: RowIssue) {
      warnings.push(issue);
    },
    error(issue: RowIssue) {
      rows++;
      errors.push(issue);
    },
    /** Takes the next batch; returns which of its accounts stay (false: repeats an earlier id). */
    accept(batch: CollectedBatch): boolean[] {
      rows += batch.rows;
      errors.push(...batch.errors);
      const keep = new Array<boolean>(batch.ids.length);
      const repeated = new Set<number>();
      for (let i = 0; i < batch.ids.length; i++) {
        const id = batch.ids[i] as string;
        const row = batch.accountRows[i] as number;
        const first = firstRowOfId.get(id);
        keep[i] = first === undefined;
        if (first === undefined) {
          firstRowOfId.set(id, row);
          valid++;
          continue;
        }
        repeated.add(row);
        errors.push(repeatedIdError(row, id, first, derivedIds));
      }
      for (const warning of batch.warnings) if (!repeated.has(warning.row)) warnings.push(warning);
      return keep;
    },
    progress: () => ({ rows, valid }),
    /** The report so far; issues in row order (a stable sort keeps each row's own order). */
    report: (mapping: Record<string, string>): ImportReport => ({
      rows,
      valid,
      errors: [...errors].sort(byRow),
      warnings: [...warnings].sort(byRow),
      mapping: { ...mapping },
    }),
  };
}
