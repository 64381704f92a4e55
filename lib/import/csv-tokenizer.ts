const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Splits CSV text into records, fed in chunks of any size (RFC 4180: quoted cells, doubled quotes, line breaks in cells). */
export interface CsvTokenizer {
  /** Reads one chunk and returns the records it completed. */
  push(text: string): string[][];
  /**
   * Reads one chunk and hands each record it completes to `onRecord` as soon as it is complete, so
   * no record outlives its use (a large import's garbage collector then has little to keep).
   */
  pushEach(text: string, onRecord: (record: string[]) => void): void;
  /** Ends the input: returns the last record, and whether it ended inside a quoted cell that was never closed. */
  end(): { records: string[][]; unterminatedQuote: boolean };
}

/**
 * A streaming RFC 4180 tokenizer. Lenient where real exports are messy: a quote inside an unquoted
 * cell is kept as a character, text after a closing quote is kept, and CRLF, LF or CR end a record.
 * State lives in the object so a record, a cell or a `""` may straddle two chunks.
 */
export function createCsvTokenizer(delimiter: string): CsvTokenizer {
  return new StreamingTokenizer(delimiter.charCodeAt(0));
}

/**
 * A class rather than a closure over mutable variables: an import makes a tokenizer per batch, and
 * every instance shares one optimized `push` (closures' compiled code was rebuilt again and again).
 */
class StreamingTokenizer implements CsvTokenizer {
  private record: string[] = [];
  private cell = '';
  private atCellStart = true;
  private inQuotes = false;
  // The chunk ended right after a quote inside a quoted cell: the next character decides `""` or a close.
  private quoteAtChunkEnd = false;
  // The chunk ended with CR: a LF opening the next chunk belongs to the same line break.
  private crAtChunkEnd = false;

  constructor(private readonly delimiter: number) {}

  push(text: string): string[][] {
    const records: string[][] = [];
    this.pushEach(text, (record) => records.push(record));
    return records;
  }

  pushEach(text: string, onRecord: (record: string[]) => void): void {
    const DELIMITER = this.delimiter;
    const n = text.length;
    let record = this.record;
    let cell = this.cell;
    let atCellStart = this.atCellStart;
    let inQuotes = this.inQuotes;
    let i = 0;
    if (this.crAtChunkEnd && n > 0) {
      this.crAtChunkEnd = false;
      if (text.charCodeAt(0) === LF) i = 1;
    }
    if (this.quoteAtChunkEnd && n > 0) {
      this.quoteAtChunkEnd = false;
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
          this.quoteAtChunkEnd = true;
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
        onRecord(record);
        record = [];
        if (c === CR) {
          if (i + 1 === n) this.crAtChunkEnd = true;
          else if (text.charCodeAt(i + 1) === LF) i++;
        }
      }
      start = ++i;
    }
    if (start < n) cell += text.slice(start, n);
    this.record = record;
    this.cell = cell;
    this.atCellStart = atCellStart;
    this.inQuotes = inQuotes;
  }

  end() {
    const unterminatedQuote = this.inQuotes && !this.quoteAtChunkEnd;
    const records: string[][] = [];
    if (this.record.length > 0 || this.cell !== '' || !this.atCellStart) {
      this.record.push(this.cell);
      records.push(this.record);
    }
    this.record = [];
    this.cell = '';
    this.atCellStart = true;
    this.inQuotes = false;
    this.quoteAtChunkEnd = false;
    return { records, unterminatedQuote };
  }
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
