import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AccountFileError, checkAccountFileSize, parseAccountsText } from '../../lib/import';
import type { Account } from '../../lib/schema/account';
import { createTalClient, type FetchLike } from '../../lib/sync/client';
import { TalApiError, TalNetworkError } from '../../lib/sync/errors';
import { AccountsInvalidError, uploadAccounts } from '../../lib/sync/upload';
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
 * `--server <url> --token <t>` (or TAL_TOKEN) uploads the valid rows to the team server (admin), upserted by id.
 */
export async function run(args: string[], io: CommandIo, deps: { fetch?: FetchLike } = {}) {
  const { values } = parseOptions(args, {
    accounts: { type: 'string' },
    'dry-run': { type: 'boolean' },
    server: { type: 'string' },
    token: { type: 'string' },
  });
  if (!values.accounts) throw new UsageError('--accounts <file> is required');
  const token = values.token ?? io.env.TAL_TOKEN;
  if (!values['dry-run'] && !values.server) {
    throw new UsageError(
      'add --dry-run to check the file and print the report (nothing is written), or --server <url> --token <t> to upload it to a team server',
    );
  }
  if (values.server && !values['dry-run'] && !token)
    throw new UsageError('--server needs the admin token: --token <t>, or TAL_TOKEN in the environment');
  const path = values.accounts;
  try {
    await checkSize(io, path);
    const { accounts, ...report } = parseAccountsText(await readInput(io, path), path);
    if (values['dry-run'] || !values.server || !token) return printJson(io, report);
    printJson(io, { ...report, uploaded: await upload(values.server, token, accounts, deps.fetch ?? ((url, init) => fetch(url, init))) });
  } catch (error) {
    if (error instanceof AccountFileError) throw new InputError(error.message);
    throw error;
  }
}

/** Sends the file's valid accounts to the team server in batches; its refusals and an unreachable server are errors in words. */
async function upload(server: string, token: string, accounts: Account[], fetch: FetchLike) {
  try {
    return await uploadAccounts(createTalClient({ baseUrl: server, token, fetch }), accounts);
  } catch (error) {
    if (error instanceof AccountsInvalidError) throw new InputError(`${error.message}; nothing was sent`);
    if (error instanceof TalNetworkError) throw new InputError(error.message);
    if (error instanceof TalApiError) {
      const why =
        error.status === 401
          ? 'the server did not accept the token'
          : error.status === 403
            ? 'only an admin uploads accounts'
            : error.body.message;
      throw new InputError(`${server}: the accounts were not uploaded (${error.status} ${error.body.error}): ${why}`);
    }
    throw error;
  }
}
