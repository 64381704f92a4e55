import { readFile } from 'node:fs/promises';
import type { CommandIo } from '@/cli/io';
import { main } from '@/cli/tal';

/** Runs `tal` in-process with in-memory files. */
export async function runTal(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CommandIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: async (file) => {
      if (file in files) return files[file] as string;
      return readFile(file, 'utf8');
    },
    env: {},
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
