import { compileAlerts } from '../../lib/rules';
import type { Account } from '../../lib/schema/account';
import { type CommandIo, parseOptions, UsageError } from '../io';
import { loadAccounts, loadPlaybook, parseNow } from './evaluate';

/**
 * `tal alerts --playbook <p> --before <a> --after <b> [--now <iso>]`: one spec §5 JSON line per alert
 * fired between the two files, in the after file's order, then alert order (edge-triggered).
 */
export async function run(args: string[], io: CommandIo) {
  const { values } = parseOptions(args, {
    playbook: { type: 'string' },
    before: { type: 'string' },
    after: { type: 'string' },
    now: { type: 'string' },
  });
  if (!values.playbook) throw new UsageError('--playbook <file> is required');
  if (!values.before) throw new UsageError('--before <accounts file> is required');
  if (!values.after) throw new UsageError('--after <accounts file> is required');
  const now = parseNow(values.now);
  const compiled = await loadPlaybook(io, values.playbook);
  const alerts = compileAlerts(compiled.playbook.alerts);
  const before = new Map<string, Account>((await loadAccounts(io, values.before)).map((account) => [account.id, account]));
  let out = '';
  for (const account of await loadAccounts(io, values.after)) {
    for (const fired of alerts.fired(before.get(account.id), account, now)) out += `${JSON.stringify(fired)}\n`;
  }
  io.stdout(out);
}
