import { readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

/** The user + system clock ticks of a /proc stat line (fields 14 and 15; the name may hold spaces). */
function ticksOf(stat: string): number {
  const fields = (stat.split(') ')[1] ?? '').split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

function chromiumPids(): string[] {
  return readdirSync('/proc').filter((name) => {
    if (!/^\d+$/.test(name)) return false;
    try {
      return readFileSync(`/proc/${name}/cmdline`, 'utf8').includes('chromium');
    } catch {
      return false; // The process ended between listing and reading.
    }
  });
}

/** CPU time (user + system, ms) used so far by every Chromium process: what an import really costs, whatever else runs. */
export function chromiumCpuMs(): number {
  let ticks = 0;
  for (const pid of chromiumPids()) {
    try {
      ticks += ticksOf(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return ticks * 10;
}

/**
 * CPU time (ms) so far of every Chromium thread, keyed by process type, thread name and thread id
 * (`renderer/DedicatedWorker thread/4711`): where an import's time goes.
 */
export function chromiumThreadCpuMs(): Map<string, number> {
  const threads = new Map<string, number>();
  for (const pid of chromiumPids()) {
    try {
      const type = /--type=([\w-]+)/.exec(readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' '))?.[1] ?? 'browser';
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        threads.set(`${type}/${stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))}/${tid}`, ticksOf(stat) * 10);
      }
    } catch {
      // The process or thread ended between listing and reading.
    }
  }
  return threads;
}

/**
 * Samples chromiumThreadCpuMs every `everyMs` until stopped, keeping each thread's last reading, so
 * threads that end meanwhile (an import's workers) are counted too. `stop` names the threads that
 * used at least `minMs`, busiest first.
 */
export function watchThreads(everyMs = 100, minMs = 50) {
  const before = chromiumThreadCpuMs();
  const last = new Map(before);
  const sample = () => {
    for (const [thread, ms] of chromiumThreadCpuMs()) last.set(thread, ms);
  };
  const timer = setInterval(sample, everyMs);
  return {
    stop(): string {
      clearInterval(timer);
      sample();
      return [...last]
        .map(([thread, ms]) => [thread, ms - (before.get(thread) ?? 0)] as const)
        .filter(([, ms]) => ms >= minMs)
        .sort((a, b) => b[1] - a[1])
        .map(([thread, ms]) => `${thread} ${ms} ms`)
        .join(', ');
    },
  };
}

/** The machine's load average over the last minute: figures taken while other work runs are slower. */
export const loadAverage = () => Math.round((loadavg()[0] ?? 0) * 100) / 100;

/**
 * Resolves once Chromium is nearly idle: under `idleShare` of one core in each of `calmPolls` polls in a
 * row, `everyMs` apart; or after `timeoutMs`. So the background work a timed run leaves (IndexedDB
 * compacting after a large database was deleted, say) does not share the CPU with the next run.
 * Resolves with whether Chromium became idle, and how long it took.
 */
export async function chromiumSettled({ everyMs = 250, idleShare = 0.1, calmPolls = 2, timeoutMs = 30_000 } = {}) {
  const started = performance.now();
  let last = chromiumCpuMs();
  let calm = 0;
  while (performance.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, everyMs));
    const now = chromiumCpuMs();
    calm = now - last < everyMs * idleShare ? calm + 1 : 0;
    last = now;
    if (calm >= calmPolls) return { idle: true, waitedMs: Math.round(performance.now() - started) };
  }
  return { idle: false, waitedMs: Math.round(performance.now() - started) };
}

/** The IndexedDB folders (LevelDB and blobs) of every running Chromium's profile (`--user-data-dir`). */
function indexedDbDirs(): string[] {
  const dirs = new Set<string>();
  for (const pid of chromiumPids()) {
    try {
      const profile = /--user-data-dir=([^\0]+)/.exec(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))?.[1];
      if (!profile) continue;
      const root = join(profile, 'Default', 'IndexedDB');
      for (const name of readdirSync(root)) dirs.add(join(root, name));
    } catch {
      // No such profile or folder (yet).
    }
  }
  return [...dirs];
}

/** When any file of Chromium's IndexedDB last changed (ms since the epoch), 0 if there is none. */
function lastIndexedDbWrite(): number {
  let last = 0;
  for (const dir of indexedDbDirs()) {
    try {
      for (const name of readdirSync(dir)) {
        try {
          last = Math.max(last, statSync(join(dir, name)).mtimeMs);
        } catch {
          // Deleted by a compaction between listing and reading.
        }
      }
    } catch {
      // The folder went away.
    }
  }
  return last;
}

/**
 * Resolves once no file of Chromium's IndexedDB has changed for `quietMs`, or after `timeoutMs`:
 * LevelDB compacts in the background after large writes, waiting on the disk more than the CPU, so
 * chromiumSettled can call Chromium idle while it still works. Resolves with whether it went quiet
 * and how long that took.
 */
export async function indexedDbQuiet({ quietMs = 3000, everyMs = 250, timeoutMs = 120_000 } = {}) {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (Date.now() - lastIndexedDbWrite() >= quietMs) return { quiet: true, waitedMs: Math.round(performance.now() - started) };
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return { quiet: false, waitedMs: Math.round(performance.now() - started) };
}
