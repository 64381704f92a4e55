import type { Account } from '../schema/account';
import { createAccountReader } from './account-reader';
import { automaticField } from './column-plan';
import { detectDialect } from './csv-dialect';
import { createRecordSplitter } from './csv-record-splitter';
import { createCsvTokenizer } from './csv-tokenizer';
import { type AccountFileFormat, detectFileFormat } from './file-format';
import { jsonRecords } from './json-records';
import type { ImportReport } from './report';

/** What the start of a file shows before import: its columns, how they map, and its first accounts and problems. */
export type AccountFilePreview = {
  format: AccountFileFormat;
  headers: string[];
  /** The automatic mapping (header → field, `custom.<header>`). */
  mapping: Record<string, string>;
  /** Headers that map to no field without configuration (kept as custom unless the user picks a field). */
  unmatched: string[];
  /** The first non-empty value of each column, as written in the file. */
  samples: Record<string, string>;
  accounts: Account[];
  report: ImportReport;
};

/**
 * The first objects of a JSON array whose end is cut off: the complete `{...}` items before the cut,
 * found by matching braces outside strings, so a 200 MB JSON file previews from its first kilobytes.
 */
export function completeJsonItems(head: string, limit = 20): string {
  const start = head.indexOf('[');
  let depth = 0;
  let inString = false;
  let lastEnd = -1;
  let items = 0;
  for (let i = start + 1; i < head.length && items < limit; i++) {
    const c = head[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      lastEnd = i;
      items++;
    }
  }
  return lastEnd === -1 ? '[]' : `${head.slice(start, lastEnd + 1)}]`;
}

/**
 * The start of a file cut off at any byte, without its last, possibly cut, item: the complete objects
 * of a JSON array (up to `limit`), the whole records of CSV, otherwise the text up to the last line break.
 */
export function wholeItemsOf(head: string, format: AccountFileFormat, limit = 20): string {
  const trimmed = head.trimStart();
  if (format === 'json' && trimmed.startsWith('[')) return completeJsonItems(trimmed, limit);
  if (format === 'json') return head.slice(0, Math.max(head.lastIndexOf('\n'), 0) + 1);
  // CSV: whole records, so a quoted cell with line breaks is not cut into a record of its own.
  return createRecordSplitter(detectDialect(head)).push(head).text;
}

/**
 * Reads the start of an account file (`complete` when it is the whole file): the last, possibly cut,
 * line is dropped so the preview never reports a half row. Throws AccountFileError for a file that
 * is not CSV or JSON.
 */
export function previewAccountFile(head: string, fileName: string, complete: boolean): AccountFilePreview {
  const format = detectFileFormat(fileName, head);
  const text = complete ? head : wholeItemsOf(head, format);
  const reader = createAccountReader({ fileName });
  const accounts = reader.push(text);
  accounts.push(...reader.end());
  const report = reader.report();
  const headers = reader.headers();
  const samples = format === 'csv' ? csvSamples(text, headers) : jsonSamples(fileName, text, headers);
  return { format, headers, mapping: report.mapping, unmatched: headers.filter((h) => !automaticField(h)), samples, accounts, report };
}

function csvSamples(text: string, headers: readonly string[]): Record<string, string> {
  const tokenizer = createCsvTokenizer(detectDialect(text));
  const records = [...tokenizer.push(text.replace(/^\uFEFF/, '')), ...tokenizer.end().records];
  const samples: Record<string, string> = {};
  // The first non-blank record is the header.
  const start = records.findIndex((cells) => cells.some((cell) => cell.trim() !== '')) + 1;
  for (const cells of records.slice(start)) {
    headers.forEach((header, i) => {
      const cell = cells[i]?.trim();
      if (cell && samples[header] === undefined) samples[header] = cell;
    });
  }
  return samples;
}

function jsonSamples(fileName: string, text: string, headers: readonly string[]): Record<string, string> {
  const samples: Record<string, string> = {};
  for (const { value } of jsonRecords(fileName, text)) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
    const flat: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    const custom = flat.custom;
    if (custom !== null && typeof custom === 'object' && !Array.isArray(custom)) {
      for (const [key, v] of Object.entries(custom)) flat[`custom.${key}`] = v;
    }
    for (const header of headers) {
      const v = flat[header];
      if (samples[header] === undefined && v !== undefined && v !== null && v !== '')
        samples[header] = typeof v === 'string' ? v : JSON.stringify(v);
    }
  }
  return samples;
}
