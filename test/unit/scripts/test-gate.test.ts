import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Runs Vitest as `npm test` does (its global setup starts PostgreSQL) on one fixture file. */
function runGate(file: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['vitest', 'run', '--config', 'test/fixtures/test-gate/vitest.config.ts'], {
      cwd: ROOT,
      env: { ...process.env, TAL_GATE_FILE: file, TAL_TEST_DATABASE_URL: '' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}

describe('the test gate', () => {
  it('exits 1 when a test fails, its throwaway PostgreSQL server started by the global setup', async () => {
    const { code, output } = await runGate('fails.check.ts');
    expect(output).toContain('fails on purpose');
    expect(code).toBe(1);
  }, 60_000);

  it('exits 1 when a test is skipped, and names it', async () => {
    const { code, output } = await runGate('skips.check.ts');
    expect(output).toContain('1 test(s) skipped; npm test skips nothing');
    expect(output).toContain('skips.check.ts › is skipped on purpose');
    expect(code).toBe(1);
  }, 60_000);
});
