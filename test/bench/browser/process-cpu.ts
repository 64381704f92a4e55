import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

/** CPU time (user + system, ms) used so far by every Chromium process: what an import really costs, whatever else runs. */
export function chromiumCpuMs(): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('chromium')) continue;
      const fields = (readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1] ?? '').split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return ticks * 10;
}

/** The machine's load average over the last minute: figures taken while other work runs are slower. */
export const loadAverage = () => Math.round((loadavg()[0] ?? 0) * 100) / 100;
