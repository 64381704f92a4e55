import { buildHealthReport, DEFAULT_HEALTH_OPTIONS } from '../../lib/rules';
import { type CommandIo, parseOptions, printJson, UsageError } from '../io';
import { loadAccounts, loadPlaybook, parseNow } from './evaluate';

function parseMinSize(text: string | undefined): number {
  if (text === undefined) return DEFAULT_HEALTH_OPTIONS.minSegmentSize;
  const size = Number(text);
  if (!Number.isInteger(size) || size < 1) throw new UsageError(`--min-segment-size "${text}" must be a whole number of 1 or more`);
  return size;
}

/**
 * `tal health --playbook <p> --accounts <a> [--now <iso>] [--min-segment-size <n>]`: the segment health
 * report of spec §5 (sizes and shares, unassigned and overlapping accounts, the checklist) as one JSON document.
 */
export async function run(args: string[], io: CommandIo) {
  const { values } = parseOptions(args, {
    playbook: { type: 'string' },
    accounts: { type: 'string' },
    now: { type: 'string' },
    'min-segment-size': { type: 'string' },
  });
  if (!values.playbook) throw new UsageError('--playbook <file> is required');
  if (!values.accounts) throw new UsageError('--accounts <file> is required');
  const now = parseNow(values.now);
  const minSegmentSize = parseMinSize(values['min-segment-size']);
  const compiled = await loadPlaybook(io, values.playbook);
  const accounts = await loadAccounts(io, values.accounts);
  printJson(io, buildHealthReport(compiled, accounts, now, { minSegmentSize }));
}
