import { recertifyFlags, toRecertifyLine } from '../../lib/rules';
import { type CommandIo, parseOptions, UsageError } from '../io';
import { loadAccounts, loadAnswers, loadPlaybook, parseNow } from './evaluate';

/**
 * `tal recertify --playbook <p> --accounts <a> [--answers <file>] [--now <iso>]`: one spec §5 JSON line
 * per account on the TAL, in input order, with the flags that ask for a look this period.
 */
export async function run(args: string[], io: CommandIo) {
  const { values } = parseOptions(args, {
    playbook: { type: 'string' },
    accounts: { type: 'string' },
    answers: { type: 'string' },
    now: { type: 'string' },
  });
  if (!values.playbook) throw new UsageError('--playbook <file> is required');
  if (!values.accounts) throw new UsageError('--accounts <file> is required');
  const now = parseNow(values.now);
  const compiled = await loadPlaybook(io, values.playbook);
  const accounts = await loadAccounts(io, values.accounts);
  const answers = values.answers === undefined ? {} : await loadAnswers(io, values.answers, compiled, accounts);
  let out = '';
  for (const account of accounts) {
    if (account.onTal !== true) continue;
    const evaluation = compiled.evaluate(account, answers[account.id], now);
    out += `${JSON.stringify(toRecertifyLine(account, evaluation, recertifyFlags(compiled, account, evaluation, now)))}\n`;
  }
  io.stdout(out);
}
