import { AccountFileError } from './file-errors';

/** One JSON record of an account file with its row number (1-based position in the array, or line of NDJSON). */
export type JsonRecord = { row: number; value: unknown };

/**
 * The records of a JSON account file: an array of objects, `{"accounts": [...]}` (the team server's
 * answer), or NDJSON when the text is not one JSON document. Throws {@link AccountFileError} with
 * the position when it is neither.
 */
export function jsonRecords(fileName: string, text: string): JsonRecord[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  let document: unknown;
  try {
    document = JSON.parse(trimmed);
  } catch (error) {
    if (trimmed.startsWith('{')) return ndjsonLines(text, 0).records;
    throw new AccountFileError(`${fileName}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (document !== null && typeof document === 'object' && !Array.isArray(document) && 'accounts' in document) {
    document = (document as { accounts: unknown }).accounts;
  }
  if (Array.isArray(document)) return document.map((value, index) => ({ row: index + 1, value }));
  if (document !== null && typeof document === 'object') return [{ row: 1, value: document }];
  throw new AccountFileError(`${fileName}: expected an array of account objects, or one object per line (NDJSON)`);
}

/**
 * Reads complete NDJSON lines from `text`, numbering them from `firstLine`; returns the records and the
 * unfinished last line to prepend to the next chunk. A line that is no JSON is a record whose value is
 * an Error, reported as that row's error.
 */
export function ndjsonLines(text: string, firstLine: number, final = true): { records: JsonRecord[]; rest: string; lines: number } {
  const lines = text.split(/\r?\n|\r/);
  const rest = final ? '' : (lines.pop() ?? '');
  const records: JsonRecord[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const row = firstLine + index + 1;
    try {
      records.push({ row, value: JSON.parse(line) });
    } catch (error) {
      records.push({ row, value: new Error(`not valid JSON (${error instanceof Error ? error.message : String(error)})`) });
    }
  });
  return { records, rest, lines: lines.length };
}
