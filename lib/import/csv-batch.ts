import type { Account } from '../schema/account';
import { planColumns } from './column-plan';
import type { CsvDialect } from './csv-dialect';
import { createCsvRowReader, isBlankRecord, unescapeFormulas } from './csv-rows';
import { MALFORMED_QUOTES, tokenizeRecords } from './csv-tokenizer';
import type { RowIssue } from './report';

/** What every batch of one CSV file shares: its dialect, header and the user's mapping corrections. */
export type CsvBatchContext = { dialect: CsvDialect; header: string[]; mapping: Record<string, string> };

/** The rows of one batch: the row of each account read (before the check for repeated ids), and the row issues. */
export type CsvBatch = {
  /** The spreadsheet row of each account, in the order they were handed to `onAccount`. */
  accountRows: number[];
  /** Data rows read (blank records are not rows). */
  rows: number;
  errors: RowIssue[];
  /** Warnings of the accounts, to be kept only for the accounts that stay. */
  warnings: RowIssue[];
};

/** Whether a CSV's columns give no id, so ids are derived from domain or name. */
export function derivesIds(plan: ReturnType<typeof planColumns>): boolean {
  return !plan.targets.some((target) => target.kind === 'field' && target.field === 'id');
}

/**
 * Reads a run of whole CSV records (see createRecordSplitter) on its own: `firstRecord` is the
 * spreadsheet row of its first record, and its first `skip` records are passed over (the header).
 * Gives exactly what the streaming reader gives for those rows, repeated ids aside.
 */
export function createCsvBatchReader(context: CsvBatchContext) {
  const plan = planColumns(context.header, context.mapping);
  const readRow = createCsvRowReader(plan, derivesIds(plan));
  /** `onAccount` takes each account as it is read, so no batch keeps its account objects. */
  return function readBatch(text: string, firstRecord: number, skip: number, onAccount: (account: Account) => void): CsvBatch {
    const checkEncoding = text.includes('\uFFFD');
    const batch: CsvBatch = { accountRows: [], rows: 0, errors: [], warnings: [] };
    let index = 0;
    // The run is whole records (the splitter cut it): read into cells at once, each record read and dropped.
    const read = (record: string[], malformedQuotes: boolean) => {
      const row = firstRecord + index++;
      if (index <= skip) return;
      const cells = unescapeFormulas(record);
      if (isBlankRecord(cells)) return;
      batch.rows++;
      if (malformedQuotes) {
        batch.errors.push({ row, field: 'row', message: MALFORMED_QUOTES });
        return;
      }
      const outcome = readRow(cells, row, checkEncoding);
      if (!outcome.ok) {
        batch.errors.push(...outcome.errors);
        return;
      }
      onAccount(outcome.account);
      batch.accountRows.push(row);
      if (outcome.warnings.length > 0) batch.warnings.push(...outcome.warnings);
    };
    tokenizeRecords(context.dialect, text, read);
    return batch;
  };
}
