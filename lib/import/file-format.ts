import { AccountFileError } from './file-errors';

/** How an account file is read: CSV, one JSON document (array or `{accounts: [...]}`), or NDJSON. */
export type AccountFileFormat = 'csv' | 'json' | 'ndjson';

const CSV_EXTENSIONS = new Set(['csv', 'tsv', 'txt']);
const NDJSON_EXTENSIONS = new Set(['ndjson', 'jsonl']);
/** Formats people pick by mistake, with the advice that gets them a readable file. */
const KNOWN_OTHER_FORMATS: Record<string, string> = {
  xlsx: 'an Excel workbook',
  xlsm: 'an Excel workbook',
  xls: 'an Excel workbook',
  ods: 'an OpenDocument spreadsheet',
  numbers: 'a Numbers spreadsheet',
  pdf: 'a PDF document',
  zip: 'a ZIP archive',
  gz: 'a compressed archive',
  docx: 'a Word document',
  xml: 'an XML document',
  html: 'a web page',
  htm: 'a web page',
};
const ADVICE = 'save it as "CSV UTF-8" (comma or semicolon separated) or as JSON, then import that file';

function extensionOf(fileName: string): string {
  const match = /\.([a-z0-9]+)$/i.exec(fileName.trim());
  return match?.[1]?.toLowerCase() ?? '';
}

/**
 * Decides how to read a file from its name and its first characters; throws {@link AccountFileError}
 * for a file that is not CSV or JSON (a workbook, a PDF, binary or UTF-16 text, a web page).
 */
export function detectFileFormat(fileName: string, head: string): AccountFileFormat {
  const extension = extensionOf(fileName);
  const other = KNOWN_OTHER_FORMATS[extension];
  if (other) throw new AccountFileError(`${fileName}: this is ${other}, not a CSV or JSON file; ${ADVICE}.`);
  if (head.startsWith('PK\u0003\u0004'))
    throw new AccountFileError(`${fileName}: this is a ZIP or Excel file, not CSV or JSON; ${ADVICE}.`);
  if (head.includes('\u0000')) {
    throw new AccountFileError(`${fileName}: this is a binary file or UTF-16 text, not UTF-8 CSV or JSON; ${ADVICE}.`);
  }
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (/^<(!doctype|html|\?xml)/i.test(start))
    throw new AccountFileError(`${fileName}: this is a web page or XML, not CSV or JSON; ${ADVICE}.`);
  if (NDJSON_EXTENSIONS.has(extension)) return 'ndjson';
  if (extension === 'json') return 'json';
  if (CSV_EXTENSIONS.has(extension)) return 'csv';
  return start.startsWith('[') || start.startsWith('{') ? 'json' : 'csv';
}
