import type { Account } from '../schema/account';
import { createRowBuilder, isBlank, type RowOutcome } from './build-account';
import { planColumns } from './column-plan';
import { detectDialect } from './csv-dialect';
import { type CsvTokenizer, createCsvTokenizer, MALFORMED_QUOTES } from './csv-tokenizer';
import { AccountFileError } from './file-errors';
import { type AccountFileFormat, detectFileFormat } from './file-format';
import { createJsonColumns } from './json-columns';
import { type JsonRecord, jsonRecords, ndjsonLines } from './json-records';
import { type ImportReport, type RowIssue, repeatedIdError } from './report';

/** Options of an account reader: the file's name (it decides the format) and the user's header corrections. */
export type AccountReaderOptions = { fileName: string; mapping?: Readonly<Record<string, string>> };

/** Reads an account file chunk by chunk, so a million rows never sit in memory as raw text twice. */
export interface AccountReader {
  /** Reads the next chunk of the file's text and returns the accounts it completed. */
  push(text: string): Account[];
  /** Ends the file and returns the last accounts. */
  end(): Account[];
  /** The file row of the account with this id that the reader returned (0 for an id it did not return). */
  rowOf(id: string): number;
  /** Rows read so far and how many of them are valid accounts, for progress. */
  progress(): { rows: number; valid: number };
  /** Headers (CSV) or keys (JSON) seen so far, in file order. */
  headers(): string[];
  /** The spec §5 report of what was read so far. */
  report(): ImportReport;
}

const FORMULA_ESCAPE = /^'[=+\-@\t\r]/;
const ENCODING_WARNING = 'has characters that are not UTF-8 (shown as \uFFFD); kept as read. Save the file as "CSV UTF-8" to keep them';

/**
 * Creates a streaming account reader (spec §1). Row numbers are spreadsheet rows: CSV records are
 * numbered from 1 (the header) whatever line breaks quoted cells contain, as a spreadsheet shows
 * them; blank records keep their number but are not rows. JSON rows are 1-based array positions,
 * NDJSON rows line numbers. A CSV without an id column gets ids derived from domain or name.
 */
export function createAccountReader(options: AccountReaderOptions): AccountReader {
  const { fileName } = options;
  const overrides = options.mapping ?? {};
  const errors: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const firstRowOfId = new Map<string, number>();
  let rows = 0;
  let valid = 0;
  let format: AccountFileFormat | undefined;
  let pending = '';
  let started = false;
  let sawReplacementChar = false;
  // CSV state
  let tokenizer: CsvTokenizer | undefined;
  let csvPlan: ReturnType<typeof planColumns> | undefined;
  let buildCsvRow: ReturnType<typeof createRowBuilder> | undefined;
  let deriveIds = false;
  let record = 0;
  // JSON state
  const jsonColumns = createJsonColumns(overrides);
  const jsonChunks: string[] = [];
  let ndjsonLine = 0;
  let jsonBuilder: { plan: ReturnType<typeof planColumns>; build: ReturnType<typeof createRowBuilder> } | undefined;
  // The spreadsheet row of the record being read, for the duplicate-id error.
  let currentRow = 0;

  function accept(outcome: RowOutcome, out: Account[], derived: boolean) {
    if (!outcome.ok) {
      errors.push(...outcome.errors);
      return;
    }
    const { account } = outcome;
    const row = currentRow;
    const first = firstRowOfId.get(account.id);
    if (first !== undefined) {
      errors.push(repeatedIdError(row, account.id, first, derived));
      return;
    }
    firstRowOfId.set(account.id, row);
    warnings.push(...outcome.warnings);
    valid++;
    out.push(account);
  }

  /** Reads one CSV record (the header, a blank record or a row) into `out`. */
  function readCsvRecord(cells: string[], malformedQuotes: boolean, out: Account[]) {
    record++;
    // Undo the apostrophe our own export puts before formula-like cells (headers included).
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i] as string;
      if (cell.length > 1 && cell.charCodeAt(0) === 39 && FORMULA_ESCAPE.test(cell)) cells[i] = cell.slice(1);
    }
    if (!csvPlan) {
      if (cells.every(isBlank)) return;
      csvPlan = planColumns(cells, overrides);
      deriveIds = !csvPlan.targets.some((t) => t.kind === 'field' && t.field === 'id');
      buildCsvRow = createRowBuilder(csvPlan, deriveIds);
      if (deriveIds) {
        warnings.push({
          row: record,
          field: 'id',
          message:
            'no id column: each account gets its domain as id (else its name as a slug, e.g. "alpha-dynamics"); rows that give the same id are repeats',
        });
      }
      return;
    }
    if (cells.every(isBlank)) return;
    rows++;
    currentRow = record;
    if (malformedQuotes) {
      errors.push({ row: record, field: 'row', message: MALFORMED_QUOTES });
      return;
    }
    const outcome = (buildCsvRow as ReturnType<typeof createRowBuilder>)(cells, record);
    if (outcome.ok && sawReplacementChar) warnEncoding(outcome, cells, csvPlan.labels);
    accept(outcome, out, deriveIds);
  }

  function warnEncoding(outcome: Extract<RowOutcome, { ok: true }>, cells: readonly unknown[], labels: readonly string[]) {
    const index = cells.findIndex((cell) => typeof cell === 'string' && cell.includes('\uFFFD'));
    if (index >= 0) outcome.warnings.push({ row: currentRow, field: labels[index] ?? `column ${index + 1}`, message: ENCODING_WARNING });
  }

  function readJsonRecords(records: JsonRecord[], out: Account[]) {
    for (const { row, value } of records) {
      rows++;
      currentRow = row;
      if (value instanceof Error) errors.push({ row, field: 'row', message: `${value.message}: the row is left out` });
      else if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        errors.push({ row, field: 'row', message: 'not an account object: the row is left out' });
      } else {
        const cells = jsonColumns.cellsOf(value as Record<string, unknown>);
        const plan = jsonColumns.plan();
        // Keys can appear in any record: a new plan gets a new builder.
        if (jsonBuilder?.plan !== plan) jsonBuilder = { plan, build: createRowBuilder(plan, false) };
        accept(jsonBuilder.build(cells, row), out, false);
      }
    }
  }

  function start(text: string) {
    format = detectFileFormat(fileName, text);
    if (format === 'csv') tokenizer = createCsvTokenizer(detectDialect(text));
    started = true;
  }

  function push(chunk: string): Account[] {
    const out: Account[] = [];
    let text = chunk;
    if (!started) {
      // Wait for the whole first line and the character after it: the format, the delimiter and the line break are decided from it.
      pending += text;
      if (!/[\r\n][\s\S]/.test(pending) && pending.length < 65536) return out;
      text = pending.replace(/^\uFEFF/, '');
      pending = '';
      start(text);
    }
    if (!sawReplacementChar && text.includes('\uFFFD')) sawReplacementChar = true;
    if (format === 'csv') (tokenizer as CsvTokenizer).pushEach(text, (cells, malformed) => readCsvRecord(cells, malformed, out));
    else if (format === 'ndjson') {
      const lines = ndjsonLines(pending + text, ndjsonLine, false);
      pending = lines.rest;
      ndjsonLine += lines.lines;
      readJsonRecords(lines.records, out);
    } else jsonChunks.push(text);
    return out;
  }

  function end(): Account[] {
    const out: Account[] = [];
    if (!started) {
      const text = pending.replace(/^\uFEFF/, '');
      pending = '';
      if (text.trim() === '') throw new AccountFileError(`${fileName}: the file is empty`);
      start(text);
      out.push(...push(text));
    }
    if (format === 'csv') {
      const last = (tokenizer as CsvTokenizer).endEach((cells, malformed) => readCsvRecord(cells, malformed, out));
      if (last.unterminatedQuote) {
        record++;
        rows++;
        errors.push({
          row: record,
          field: 'row',
          message: 'a quoted cell that starts in this row is never closed, so the rest of the file was read as one cell: check the quotes',
        });
      }
      if (!csvPlan) throw new AccountFileError(`${fileName}: the file is empty (no header row)`);
    } else if (format === 'ndjson') {
      readJsonRecords(ndjsonLines(pending, ndjsonLine, true).records, out);
      pending = '';
    } else readJsonRecords(jsonRecords(fileName, jsonChunks.splice(0).join('')), out);
    return out;
  }

  return {
    push,
    end,
    rowOf: (id) => firstRowOfId.get(id) ?? 0,
    progress: () => ({ rows, valid }),
    headers: () => (format === 'csv' ? [...(csvPlan?.labels ?? [])] : [...jsonColumns.plan().labels]),
    report: () => ({
      rows,
      valid,
      errors: [...errors],
      warnings: [...warnings],
      mapping: { ...(csvPlan?.mapping ?? jsonColumns.plan().mapping) },
    }),
  };
}
