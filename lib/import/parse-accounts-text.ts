import type { Account } from '../schema/account';
import { createAccountReader } from './account-reader';
import { checkAccountFileSize } from './file-errors';
import type { ImportReport } from './report';

/** The accounts of a whole file's text, with the spec §5 report. Throws AccountFileError for a file that is not CSV or JSON. */
export function parseAccountsText(
  text: string,
  fileName: string,
  mapping?: Readonly<Record<string, string>>,
): ImportReport & { accounts: Account[] } {
  checkAccountFileSize(fileName, text.length);
  const reader = createAccountReader({ fileName, mapping });
  const accounts = reader.push(text);
  for (const account of reader.end()) accounts.push(account);
  return { accounts, ...reader.report() };
}
