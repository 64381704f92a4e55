const QUOTE = 34;
const LF = 10;

/** Whole CSV records cut from the input: their text (ending with a record's line break) and how many there are. */
export type RecordRun = { text: string; records: number };

/**
 * Cuts CSV text, fed in chunks of any size, into runs of whole records, so that each run can be
 * tokenized on its own (in another worker) and give exactly the records the tokenizer would give for
 * the whole text. It follows the tokenizer's rules (a quote opens a quoted cell only at a cell's start;
 * `""` inside one is a quote; CRLF, LF or CR end a record) without cutting any cell out, so it is fast.
 */
export function createRecordSplitter(delimiter: string) {
  const DELIMITER = delimiter.charCodeAt(0);
  // The record in progress, as the pieces of the chunks it spans (joined only once it is complete).
  let carry: string[] = [];
  let inQuotes = false;
  let atCellStart = true;
  // The last chunk ended with a quote inside a quoted cell (`""` or a close?), or with a CR (is a LF next?).
  let quoteAtChunkEnd = false;
  let crAtChunkEnd = false;

  function push(text: string): RecordRun {
    const n = text.length;
    let records = 0;
    let cut = 0;
    let i = 0;
    if (n === 0) return { text: '', records: 0 };
    if (crAtChunkEnd) {
      crAtChunkEnd = false;
      records++;
      i = text.charCodeAt(0) === LF ? 1 : 0;
      cut = i;
      atCellStart = true;
    }
    if (quoteAtChunkEnd) {
      quoteAtChunkEnd = false;
      if (text.charCodeAt(i) === QUOTE) i++;
      else {
        inQuotes = false;
        atCellStart = false;
      }
    }
    // -2: not searched yet (any value below i triggers the first search).
    let nextLf = -2;
    let nextQuote = -2;
    let nextCr = -2;
    while (i < n) {
      if (inQuotes) {
        const quote = text.indexOf('"', i);
        if (quote === -1) {
          i = n;
          break;
        }
        if (quote + 1 === n) {
          quoteAtChunkEnd = true;
          i = n;
          break;
        }
        if (text.charCodeAt(quote + 1) === QUOTE) i = quote + 2;
        else {
          inQuotes = false;
          atCellStart = false;
          i = quote + 1;
        }
        continue;
      }
      // Outside quotes, only quotes and line breaks matter: jump between them (most lines have no quote).
      // Each character's next position is searched again only once passed, so the scan stays linear.
      if (nextLf !== -1 && nextLf < i) nextLf = text.indexOf('\n', i);
      if (nextQuote !== -1 && nextQuote < i) nextQuote = text.indexOf('"', i);
      if (nextCr !== -1 && nextCr < i) nextCr = text.indexOf('\r', i);
      const stop = Math.min(nextLf === -1 ? n : nextLf, nextQuote === -1 ? n : nextQuote, nextCr === -1 ? n : nextCr);
      if (stop > i) atCellStart = text.charCodeAt(stop - 1) === DELIMITER;
      if (stop === n) {
        i = n;
        break;
      }
      const c = text.charCodeAt(stop);
      if (c === QUOTE) {
        // A quote opens a quoted cell only at a cell's start; elsewhere it is a character.
        if (atCellStart) inQuotes = true;
        atCellStart = false;
        i = stop + 1;
      } else if (c === LF) {
        records++;
        atCellStart = true;
        i = cut = stop + 1;
      } else {
        atCellStart = true;
        if (stop + 1 === n) {
          crAtChunkEnd = true;
          i = n;
          break;
        }
        records++;
        i = cut = text.charCodeAt(stop + 1) === LF ? stop + 2 : stop + 1;
      }
    }
    if (cut === 0 && records === 0) {
      carry.push(text);
      return { text: '', records: 0 };
    }
    const run = carry.length > 0 ? carry.join('') + text.slice(0, cut) : text.slice(0, cut);
    carry = cut < n ? [text.slice(cut)] : [];
    return { text: run, records };
  }

  /** The last record (without a final line break), and whether it ends inside a quoted cell never closed. */
  function end(): RecordRun & { unterminatedQuote: boolean } {
    const text = carry.join('');
    const unterminatedQuote = inQuotes && !quoteAtChunkEnd;
    const records = crAtChunkEnd || text !== '' ? 1 : 0;
    carry = [];
    crAtChunkEnd = false;
    return { text, records, unterminatedQuote };
  }

  return { push, end };
}
