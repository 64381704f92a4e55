const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Splits CSV text into records, fed in chunks of any size (RFC 4180: quoted cells, doubled quotes, line breaks in cells). */
export interface CsvTokenizer {
  /** Reads one chunk and returns the records it completed. */
  push(text: string): string[][];
  /** Ends the input: returns the last record, and whether it ended inside a quoted cell that was never closed. */
  end(): { records: string[][]; unterminatedQuote: boolean };
}

/**
 * A streaming RFC 4180 tokenizer. Lenient where real exports are messy: a quote inside an unquoted
 * cell is kept as a character, text after a closing quote is kept, and CRLF, LF or CR end a record.
 * State lives in the closure so a record, a cell or a `""` may straddle two chunks.
 */
export function createCsvTokenizer(delimiter: string): CsvTokenizer {
  const DELIMITER = delimiter.charCodeAt(0);
  let record: string[] = [];
  let cell = '';
  let atCellStart = true;
  let inQuotes = false;
  // The chunk ended right after a quote inside a quoted cell: the next character decides `""` or a close.
  let quoteAtChunkEnd = false;
  // The chunk ended with CR: a LF opening the next chunk belongs to the same line break.
  let crAtChunkEnd = false;

  function push(text: string): string[][] {
    const records: string[][] = [];
    const n = text.length;
    let i = 0;
    if (crAtChunkEnd && n > 0) {
      crAtChunkEnd = false;
      if (text.charCodeAt(0) === LF) i = 1;
    }
    if (quoteAtChunkEnd && n > 0) {
      quoteAtChunkEnd = false;
      if (text.charCodeAt(i) === QUOTE) {
        cell += '"';
        i++;
      } else inQuotes = false;
    }
    let start = i;
    while (i < n) {
      if (inQuotes) {
        const quote = text.indexOf('"', i);
        if (quote === -1) {
          i = n;
          break;
        }
        cell += text.slice(start, quote);
        if (quote + 1 === n) {
          quoteAtChunkEnd = true;
          start = i = n;
          break;
        }
        if (text.charCodeAt(quote + 1) === QUOTE) {
          cell += '"';
          i = quote + 2;
        } else {
          inQuotes = false;
          i = quote + 1;
        }
        start = i;
        continue;
      }
      if (atCellStart && text.charCodeAt(i) === QUOTE) {
        inQuotes = true;
        atCellStart = false;
        start = ++i;
        continue;
      }
      // The rest of an unquoted cell: up to the next delimiter or line break (a quote in it is a character).
      let c = 0;
      while (i < n) {
        c = text.charCodeAt(i);
        if (c === DELIMITER || c === LF || c === CR) break;
        i++;
      }
      if (i === n) {
        if (i > start) atCellStart = false;
        break;
      }
      record.push(cell === '' ? text.slice(start, i) : cell + text.slice(start, i));
      cell = '';
      atCellStart = true;
      if (c !== DELIMITER) {
        records.push(record);
        record = [];
        if (c === CR) {
          if (i + 1 === n) crAtChunkEnd = true;
          else if (text.charCodeAt(i + 1) === LF) i++;
        }
      }
      start = ++i;
    }
    if (start < n) cell += text.slice(start, n);
    return records;
  }

  function end() {
    const unterminatedQuote = inQuotes && !quoteAtChunkEnd;
    const records: string[][] = [];
    if (record.length > 0 || cell !== '' || !atCellStart) {
      record.push(cell);
      records.push(record);
    }
    record = [];
    cell = '';
    atCellStart = true;
    inQuotes = false;
    quoteAtChunkEnd = false;
    return { records, unterminatedQuote };
  }

  return { push, end };
}

/** The delimiter of a CSV file, from its first line: `,`, `;` or tab, whichever occurs most outside quotes (comma on a tie). */
export function detectDelimiter(head: string): string {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  for (let i = 0; i < head.length; i++) {
    const c = head[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) break;
    else if (!inQuotes && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}
