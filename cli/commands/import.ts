import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AccountFileError, checkAccountFileSize, parseAccountsText } from '../../lib/import';
import { type CommandIo, InputError, parseOptions, printJson, readInput, UsageError } from '../io';

/**
 * Refuses a file over the size limit before reading it; a path stat cannot see is left to readInput to
 * report. Resolved as nodeIo resolves it: from where the user typed the command (`npm run` moves to the root).
 */
async function checkSize(io: CommandIo, path: string) {
  const size = await stat(resolve(io.env.INIT_CWD ?? process.cwd(), path)).then(
    (info) => info.size,
    () => undefined,
  );
  if (size !== undefined) checkAccountFileSize(path, size);
}

/**
 * `tal import --accounts <file> --dry-run`: reads the file as the extension would and prints the
 * spec §5 report (rows, valid, every error and warning by row and field, the header mapping).
 * Rows with errors are part of the report, not a failure: exit 1 is for a file that cannot be read.
 */
export async function run(args: string[], io: CommandIo) {
  const { values } = parseOptions(args, {
    accounts: { type: 'string' },
    'dry-run': { type: 'boolean' },
    server: { type: 'string' },
    token: { type: 'string' },
  });
  if (!values.accounts) throw new UsageError('--accounts <file> is required');
  if (!values['dry-run']) {
    throw new UsageError(
      values.server
        ? 'uploading to a team server (--server, --token) is not available yet; use --dry-run to check the file'
        : 'add --dry-run to check the file and print the report (nothing is written); sending accounts to a team server will take --server <url> --token <t>',
    );
  }
  const path = values.accounts;
  try {
    await checkSize(io, path);
    const { accounts: _accounts, ...report } = parseAccountsText(await readInput(io, path), path);
    printJson(io, report);
  } catch (error) {
    if (error instanceof AccountFileError) throw new InputError(error.message);
    throw error;
  }
}
