import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A `tal serve` child process and the URL it printed once listening. */
export interface ChildServer {
  child: ChildProcess;
  url: string;
  /** The admin token printed on first start, if this start printed one. */
  adminToken: string | undefined;
  stderr: () => string;
}

/**
 * Starts `tal serve` as a separate node process (one process, so SIGKILL hits the server itself)
 * on a free loopback port, and resolves once it has printed its `listening` line.
 */
export function spawnServer(dataDir: string, env: Record<string, string>, timeoutMs = 60_000): Promise<ChildServer> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'cli/tal.ts', 'serve', '--port', '0', '--host', '127.0.0.1', '--data', dataDir],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`tal serve did not start within ${timeoutMs} ms:\n${err}`)), timeoutMs);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    child.once('exit', (code) => fail(new Error(`tal serve exited with ${code}:\n${err}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.includes('"listening"'));
      if (line === undefined) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      const printed = JSON.parse(line) as { listening: string; adminToken?: string };
      resolve({ child, url: printed.listening, adminToken: printed.adminToken, stderr: () => err });
    });
  });
}

/** Kills the child with SIGKILL and waits until it is gone. */
export function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
