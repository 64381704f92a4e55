#!/usr/bin/env node
/**
 * The `tal` command (spec §5): `npm run --silent tal -- <command> ...`.
 * Output is JSON on stdout, errors in words on stderr; exit 0 ok, 1 invalid input, 2 bad usage.
 */
import { type CommandIo, InputError, nodeIo, UsageError } from './io';

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: (args: string[], io: CommandIo) => Promise<void> }> }> = {
  validate: { summary: 'validate <playbook.json>', load: () => import('./commands/validate') },
  recognize: { summary: 'recognize <url> [--accounts <file>] [--html <file>]', load: () => import('./commands/recognize') },
  evaluate: {
    summary: 'evaluate --playbook <p> --accounts <a> [--answers <file>] [--now <iso>] [--id <id> ...]',
    load: () => import('./commands/evaluate'),
  },
  health: { summary: 'health --playbook <p> --accounts <a> [--now <iso>]', load: () => import('./commands/health') },
  recertify: {
    summary: 'recertify --playbook <p> --accounts <a> [--answers <file>] [--now <iso>]',
    load: () => import('./commands/recertify'),
  },
  alerts: { summary: 'alerts --playbook <p> --before <a> --after <b> [--now <iso>]', load: () => import('./commands/alerts') },
  import: { summary: 'import --accounts <file> --dry-run [--server <url> --token <t>]', load: () => import('./commands/import') },
  serve: { summary: 'serve [--port <n>] [--host <h>] [--data <dir>] [--new-admin-token]', load: () => import('./commands/serve') },
};

export function usage(): string {
  return ['usage: tal <command> ...', '', ...Object.values(COMMANDS).map((c) => `  tal ${c.summary}`)].join('\n');
}

/** Runs one `tal` invocation and returns its exit code. */
export async function main(argv: string[], io: CommandIo = nodeIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`tal: unknown command "${name}"\n${usage()}\n`);
    return 2;
  }
  try {
    const module = await command.load();
    await module.run(args, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`tal ${name}: ${error.message}\nusage: tal ${command.summary}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

const isEntry = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isEntry || process.env.TAL_CLI === '1') {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`tal: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
