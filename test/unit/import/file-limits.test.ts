import { describe, expect, it } from 'vitest';
import { AccountFileError, checkAccountFileSize, MAX_ACCOUNT_FILE_BYTES } from '../../../lib/import';

describe('checkAccountFileSize', () => {
  it('accepts 200 MB and refuses more, naming the file and the limit', () => {
    expect(() => checkAccountFileSize('big.csv', MAX_ACCOUNT_FILE_BYTES)).not.toThrow();
    expect(() => checkAccountFileSize('big.csv', MAX_ACCOUNT_FILE_BYTES + 1)).toThrow(AccountFileError);
    expect(() => checkAccountFileSize('big.csv', 300 * 1024 * 1024)).toThrow('big.csv: the file is 300 MB; the limit is 200 MB');
  });
});
