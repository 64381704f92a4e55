/** A CSV file's line break: one per file, read from its first line (as papaparse does). */
export type CsvNewline = '\r\n' | '\n' | '\r';

/** How a CSV file is written: its delimiter and its line break. */
export type CsvDialect = { delimiter: string; newline: CsvNewline };

/**
 * A record longer than this is taken for a quoted cell that is never closed: no export writes a
 * 4-million-character row, and the reading stops there rather than carry the rest of a file along.
 */
export const MAX_RECORD_CHARS = 4 * 1024 * 1024;

/**
 * A CSV file's dialect, from its first line: the delimiter is `,`, `;` or tab, whichever occurs most
 * outside quotes (comma on a tie); the line break is the first one outside quotes (LF when the head
 * has none).
 */
export function detectDialect(head: string): CsvDialect {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  let newline: CsvNewline = '\n';
  for (let i = 0; i < head.length; i++) {
    const c = head[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) {
      newline = c === '\n' ? '\n' : head[i + 1] === '\n' || i + 1 === head.length ? '\r\n' : '\r';
      break;
    } else if (!inQuotes && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  let delimiter = ',';
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) delimiter = ';';
  else if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) delimiter = '\t';
  return { delimiter, newline };
}
