import { parsePlaybook } from '../../lib/schema/load-playbook';
import { type CommandIo, InputError, parseJsonFile, parseOptions, printJson, readInput, UsageError } from '../io';

/** `tal validate <playbook.json>`: `{"ok":true}`, or exit 1 with every error by JSON path. */
export async function run(args: string[], io: CommandIo) {
  const { positionals } = parseOptions(args, {}, true);
  if (positionals.length !== 1) throw new UsageError('expected exactly one playbook file');
  const path = positionals[0] as string;
  const result = parsePlaybook(parseJsonFile(path, await readInput(io, path)));
  if (!result.ok) {
    throw new InputError(
      [
        `${path}: invalid playbook (${result.errors.length} error${result.errors.length === 1 ? '' : 's'})`,
        ...result.errors.map((e) => `  ${e}`),
      ].join('\n'),
    );
  }
  printJson(io, { ok: true });
}
