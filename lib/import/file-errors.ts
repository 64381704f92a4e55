/** The largest account file an import reads: 200 MB (a million CRM rows fit comfortably). */
export const MAX_ACCOUNT_FILE_BYTES = 200 * 1024 * 1024;

/** A whole account file cannot be read (wrong format, too big, not UTF-8 JSON): the message names the file. */
export class AccountFileError extends Error {
  override name = 'AccountFileError';
}

/** Refuses a file over {@link MAX_ACCOUNT_FILE_BYTES}, before anything is read. */
export function checkAccountFileSize(fileName: string, bytes: number): void {
  if (bytes > MAX_ACCOUNT_FILE_BYTES) {
    const mb = (bytes / 1024 / 1024).toFixed(0);
    throw new AccountFileError(
      `${fileName}: the file is ${mb} MB; the limit is 200 MB. Split it into smaller files and import them with "merge".`,
    );
  }
}
