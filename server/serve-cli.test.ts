import { describe, expect, it } from 'vitest';
import type { CommandIo } from '../cli/io';
import { main } from '../cli/tal';

function io(env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CommandIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: () => Promise.reject(new Error('no files here')),
    env,
  };
  return { value, out, err };
}

describe('tal serve on the command line', () => {
  it('exits 2 with the usage for a bad port or an unknown option', async () => {
    for (const args of [['--port', 'http'], ['--port', '70000'], ['--verbose']]) {
      const { value, err } = io();
      expect(await main(['serve', ...args], value)).toBe(2);
      expect(err.join('')).toMatch(/usage: tal serve/);
    }
  });

  it('exits 1 naming DATABASE_URL when the PostgreSQL server cannot be reached', async () => {
    const { value, err, out } = io({ DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none' });
    expect(await main(['serve', '--port', '0'], value)).toBe(1);
    expect(err.join('')).toMatch(/cannot open the PostgreSQL server named by DATABASE_URL/);
    expect(out).toEqual([]);
  });
});
