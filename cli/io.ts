import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';

/** Where a command reads and writes, injected so tests run commands in-process. */
export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
  env: Record<string, string | undefined>;
}

export const nodeIo: CommandIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  // `npm run` starts in the package root; paths on the command line are relative to where the user typed them.
  readFile: (file) => readFile(path.resolve(process.env.INIT_CWD ?? process.cwd(), file), 'utf8'),
  env: process.env,
};

/** Bad usage: exit code 2. */
export class UsageError extends Error {}
/** Invalid input (a file, a row, a JSON path): exit code 1. */
export class InputError extends Error {}

/** Parses options strictly; unknown options are a usage error. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Reads a file named on the command line; a missing file is invalid input naming the path. */
export async function readInput(io: CommandIo, path: string): Promise<string> {
  try {
    return await io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: ${code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message : String(error)}`);
  }
}

/** Parses JSON text, naming the file and position of a syntax error. */
export function parseJsonFile(path: string, text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(`${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

export function printJson(io: CommandIo, value: unknown) {
  io.stdout(`${JSON.stringify(value)}\n`);
}
