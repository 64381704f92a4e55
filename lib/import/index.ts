/** Reading account files (spec §1): pure, shared by the extension, the `tal` command and the server. */
export { type AccountReader, type AccountReaderOptions, createAccountReader } from './account-reader';
export { automaticField, IGNORE_COLUMN } from './column-plan';
export { accountsToCsv, csvCell, csvLine, exportColumns } from './export-csv';
export { AccountFileError, checkAccountFileSize, MAX_ACCOUNT_FILE_BYTES } from './file-errors';
export { type AccountFileFormat, detectFileFormat } from './file-format';
export { type AccountField, foldHeader } from './header-aliases';
export { issuesToCsv } from './issues-csv';
export { parseAccountsText } from './parse-accounts-text';
export { type AccountFilePreview, completeJsonItems, previewAccountFile, wholeItemsOf } from './preview';
export { type ImportReport, ImportReportSchema, type RowIssue, RowIssueSchema } from './report';
