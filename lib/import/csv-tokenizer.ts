import Papa from 'papaparse';
import type { CsvDialect } from './csv-dialect';
import { createRecordSplitter } from './csv-record-splitter';

/** The row error of a record whose quotes are malformed (the record is left out). */
export const MALFORMED_QUOTES =
  'text follows the quote that closes a quoted cell, so the cell runs on (over line breaks too) to the next closing quote and the row is left out: write a quote inside a quoted cell as two quotes ("")';

/** Takes a record as soon as it is complete; `malformedQuotes` when a quoted cell's closing quote is followed by text. */
export type OnRecord = (record: string[], malformedQuotes: boolean) => void;

/** Splits CSV text into records, fed in chunks of any size. */
export interface CsvTokenizer {
  /** Reads one chunk and returns the records it completed. */
  push(text: string): string[][];
  /**
   * Reads one chunk and hands each record it completes to `onRecord`, so no record outlives its use
   * (a large import's garbage collector then has little to keep).
   */
  pushEach(text: string, onRecord: OnRecord): void;
  /** Ends the input: hands over the last record, and says whether it ended inside a quoted cell that was never closed. */
  endEach(onRecord: OnRecord): { unterminatedQuote: boolean };
  /** `endEach` returning the records. */
  end(): { records: string[][]; unterminatedQuote: boolean };
}

/**
 * A streaming tokenizer: the record splitter finds where records end (cheaply, and once per byte
 * however the chunks are cut) and papaparse's parser reads the whole records into cells (RFC 4180:
 * quoted cells, doubled quotes, line breaks in cells). Papaparse's rules where input leaves RFC 4180
 * are kept (`lib/import/README.md`): a quote inside an unquoted cell is a character; a quote that
 * closes a quoted cell must be followed by the delimiter or the line break (blanks allowed between),
 * else it is a character of the cell and the record is flagged; the line break is the file's one.
 */
export function createCsvTokenizer(dialect: CsvDialect): CsvTokenizer {
  const splitter = createRecordSplitter(dialect);
  const parser = new Papa.Parser({ delimiter: dialect.delimiter, newline: dialect.newline });

  function pushEach(text: string, onRecord: OnRecord) {
    const run = splitter.push(text);
    // Whole records ending with a line break: "ignore the last row" drops the empty one after it.
    if (run.records > 0) emit(parser.parse(run.text, 0, true) as PapaResult, onRecord);
  }

  function endEach(onRecord: OnRecord) {
    const last = splitter.end();
    if (last.unterminatedQuote) return { unterminatedQuote: true };
    if (last.records > 0) emit(parser.parse(last.text, 0, false) as PapaResult, onRecord);
    return { unterminatedQuote: false };
  }

  return {
    pushEach,
    endEach,
    push(text) {
      const records: string[][] = [];
      pushEach(text, (record) => records.push(record));
      return records;
    },
    end() {
      const records: string[][] = [];
      const { unterminatedQuote } = endEach((record) => records.push(record));
      return { records, unterminatedQuote };
    },
  };
}

/**
 * Reads text that is whole records (a run the record splitter cut, ending with a line break) into
 * cells at once, without looking for where records end again: the parse workers' path.
 */
export function tokenizeRecords(dialect: CsvDialect, text: string, onRecord: OnRecord): void {
  const parser = new Papa.Parser({ delimiter: dialect.delimiter, newline: dialect.newline });
  // "Ignore the last row" drops the empty one after the final line break.
  emit(parser.parse(text, 0, text.endsWith(dialect.newline)) as PapaResult, onRecord);
}

type PapaResult = { data: string[][]; errors: Papa.ParseError[] };

/** Hands papaparse's records over, flagging those with a malformed closing quote. */
function emit(result: PapaResult, onRecord: OnRecord) {
  const { data, errors } = result;
  const malformed = new Set<number>();
  for (const error of errors) if (error.code === 'InvalidQuotes' && error.row !== undefined) malformed.add(error.row);
  for (let i = 0; i < data.length; i++) onRecord(data[i] as string[], malformed.has(i));
}
