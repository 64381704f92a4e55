import { LOCALES, type Locale } from '../../lib/i18n/define';
import { AccountFileError, parseAccountsText, type RowIssue } from '../../lib/import';
import {
  type AnswersFile,
  AnswersFileSchema,
  type CompiledPlaybook,
  compilePlaybook,
  describeEvidence,
  findUnreadAnswers,
  toEvaluateLine,
} from '../../lib/rules';
import { readDate } from '../../lib/rules/values';
import type { Account } from '../../lib/schema/account';
import { formatIssues } from '../../lib/schema/issues';
import { parsePlaybook } from '../../lib/schema/load-playbook';
import { type CommandIo, InputError, parseJsonFile, parseOptions, readInput, UsageError } from '../io';

// The helpers below are shared with `tal health`, which imports them from here.

/** `--now <iso>` as epoch ms; the current time when absent. */
export function parseNow(text: string | undefined, clock: () => number = Date.now): number {
  if (text === undefined) return clock();
  const at = readDate(text);
  if (at === undefined) throw new UsageError(`--now "${text}" is not an ISO 8601 date or date-time (e.g. 2026-11-23T00:00:00Z)`);
  return at;
}

/** Reads and checks a playbook file, listing every error by JSON path, and compiles it. */
export async function loadPlaybook(io: CommandIo, path: string): Promise<CompiledPlaybook> {
  const result = parsePlaybook(parseJsonFile(path, await readInput(io, path)));
  if (!result.ok) {
    const count = `${result.errors.length} error${result.errors.length === 1 ? '' : 's'}`;
    throw new InputError([`${path}: invalid playbook (${count})`, ...result.errors.map((e) => `  ${e}`)].join('\n'));
  }
  return compilePlaybook(result.playbook);
}

const describeIssue = (path: string, issue: RowIssue) =>
  `${path}: row ${issue.row}${issue.field ? `, ${issue.field}` : ''}: ${issue.message}`;

/** Reads an account file (spec §1); rows with errors are skipped and, like warnings, reported on stderr by row. */
export async function loadAccounts(io: CommandIo, path: string): Promise<Account[]> {
  const text = await readInput(io, path);
  try {
    const { accounts, errors, warnings } = parseAccountsText(text, path);
    for (const issue of errors) io.stderr(`warning: ${describeIssue(path, issue)} (row skipped)\n`);
    for (const issue of warnings) io.stderr(`warning: ${describeIssue(path, issue)} (value left empty)\n`);
    return accounts;
  } catch (error) {
    if (error instanceof AccountFileError) throw new InputError(error.message);
    throw error;
  }
}

/** Reads an answers file, naming each wrong entry by its JSON path; warns about answers nothing will read. */
export async function loadAnswers(io: CommandIo, path: string, compiled: CompiledPlaybook, accounts: Account[]): Promise<AnswersFile> {
  const parsed = AnswersFileSchema.safeParse(parseJsonFile(path, await readInput(io, path)));
  if (!parsed.success) throw new InputError([`${path}: invalid answers`, ...formatIssues(parsed.error).map((e) => `  ${e}`)].join('\n'));
  const manual = new Set(compiled.playbook.icp.criteria.filter((c) => c.manual).map((c) => c.id));
  for (const { accountId, criterionId } of findUnreadAnswers(parsed.data, manual, new Set(accounts.map((a) => a.id)))) {
    io.stderr(
      criterionId === undefined
        ? `warning: ${path}: no account "${accountId}" among the accounts; its answers are ignored\n`
        : `warning: ${path}: ${accountId}.${criterionId}: not a manual criterion of the playbook; ignored\n`,
    );
  }
  return parsed.data;
}

/** The accounts asked for with --id, in input order; an id not in the file is invalid input, after the others are out. */
function selectAccounts(accounts: Account[], ids: string[] | undefined): { selected: Account[]; missing: string[] } {
  if (ids === undefined) return { selected: accounts, missing: [] };
  const wanted = new Set(ids);
  const selected = accounts.filter((a) => wanted.has(a.id));
  const found = new Set(selected.map((a) => a.id));
  return { selected, missing: [...wanted].filter((id) => !found.has(id)) };
}

function parseLocale(text: string | undefined): Locale {
  if (text === undefined) return 'en';
  if (!(LOCALES as readonly string[]).includes(text)) throw new UsageError(`--locale must be one of ${LOCALES.join(', ')}`);
  return text as Locale;
}

const OPTIONS = {
  playbook: { type: 'string' },
  accounts: { type: 'string' },
  answers: { type: 'string' },
  now: { type: 'string' },
  id: { type: 'string', multiple: true },
  explain: { type: 'boolean' },
  locale: { type: 'string' },
} as const;

/**
 * `tal evaluate --playbook <p> --accounts <a> [--answers <f>] [--now <iso>] [--id <id> ...] [--explain [--locale ru]]`:
 * one spec §5 JSON line per account, in input order; --explain adds each rule criterion's evidence in words.
 */
export async function run(args: string[], io: CommandIo) {
  const { values, positionals } = parseOptionsWithIds(args);
  if (!values.playbook) throw new UsageError('--playbook <file> is required');
  if (!values.accounts) throw new UsageError('--accounts <file> is required');
  const now = parseNow(values.now);
  const locale = parseLocale(values.locale);
  const ids = values.id === undefined ? undefined : [...values.id, ...positionals];
  const compiled = await loadPlaybook(io, values.playbook);
  const accounts = await loadAccounts(io, values.accounts);
  const answers = values.answers === undefined ? {} : await loadAnswers(io, values.answers, compiled, accounts);
  const { selected, missing } = selectAccounts(accounts, ids);
  let chunk = '';
  for (const account of selected) {
    const evaluation = compiled.evaluate(account, answers[account.id], now);
    const line = toEvaluateLine(evaluation);
    if (values.explain) {
      line.icp.criteria = evaluation.icp.criteria.map((c) => ({
        id: c.id,
        status: c.status,
        ...(c.evidence ? { evidence: describeEvidence(c.evidence, locale, compiled.playbook.currency) } : {}),
      }));
    }
    chunk += `${JSON.stringify(line)}\n`;
    // Write in chunks: one write per line is the slow part of a 100,000-account run.
    if (chunk.length > 65_536) {
      io.stdout(chunk);
      chunk = '';
    }
  }
  if (chunk) io.stdout(chunk);
  if (missing.length > 0) throw new InputError(missing.map((id) => `${values.accounts}: no account with id "${id}"`).join('\n'));
}

/** Options of evaluate; words after `--id x` are more ids (`--id A001 A002`), anywhere else a usage error. */
function parseOptionsWithIds(args: string[]) {
  const parsed = parseOptions(args, OPTIONS, true);
  if (parsed.positionals.length > 0 && parsed.values.id === undefined) {
    throw new UsageError(`unexpected argument "${parsed.positionals[0]}"`);
  }
  return parsed;
}
