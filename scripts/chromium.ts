import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Where a Chromium or Chrome usually is, in the order they are tried after `CHROMIUM_PATH`. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** What the machine looks like to the Chromium finder; passed in so tests need no real machine. */
export interface Machine {
  env: Record<string, string | undefined>;
  exists(path: string): boolean;
  isRoot: boolean;
  /** Debian or Ubuntu (`/etc/debian_version`), where Debian's `chromium` package can be installed. */
  isDebian: boolean;
}

export type ChromiumPlan =
  | { kind: 'found'; path: string }
  | { kind: 'install'; path: string; commands: string[][] }
  | { kind: 'missing'; message: string };

// WenQuanYi Zen Hei draws the Simplified Chinese UI (a fresh Debian has no CJK font: the zh-CN
// screenshots the E2E run writes would show empty boxes); Liberation the Latin and Cyrillic.
const INSTALL = [
  ['apt-get', 'update', '-qq'],
  ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-liberation', 'fonts-wqy-zenhei'],
];

/**
 * The Chromium the demo, the E2E tests and the benchmark drive: `CHROMIUM_PATH`, else the first
 * candidate on the machine; where there is none, Debian's package if this is Debian or Ubuntu run by
 * root, else an error that names the command to run. Never a silent skip.
 */
export function planChromium(machine: Machine): ChromiumPlan {
  const named = machine.env.CHROMIUM_PATH;
  if (named) {
    return machine.exists(named)
      ? { kind: 'found', path: named }
      : { kind: 'missing', message: `CHROMIUM_PATH is ${named}, and there is no such file.` };
  }
  const found = CHROMIUM_CANDIDATES.find((path) => machine.exists(path));
  if (found) return { kind: 'found', path: found };
  if (machine.isDebian && machine.isRoot) return { kind: 'install', path: '/usr/bin/chromium', commands: INSTALL };
  const command = machine.isDebian ? 'sudo apt-get update && sudo apt-get install -y chromium' : 'install Chromium or Google Chrome';
  return {
    kind: 'missing',
    message: `No Chromium or Chrome found (tried ${CHROMIUM_CANDIDATES.join(', ')}). ${command}, or set CHROMIUM_PATH to one.`,
  };
}

function thisMachine(): Machine {
  return {
    env: process.env,
    exists: existsSync,
    isRoot: process.getuid?.() === 0,
    isDebian: existsSync('/etc/debian_version'),
  };
}

/** The path of a Chromium on this machine, or an error naming what to do; installs nothing. */
export function findChromium(machine = thisMachine()): string {
  const plan = planChromium(machine);
  if (plan.kind === 'found') return plan.path;
  if (plan.kind === 'install') throw new Error(`No Chromium found: run \`${plan.commands.map((c) => c.join(' ')).join(' && ')}\`.`);
  throw new Error(plan.message);
}

/** As findChromium, but installs Debian's Chromium (and says so on stderr) where it may. */
export function ensureChromium(machine = thisMachine()): string {
  const plan = planChromium(machine);
  if (plan.kind === 'found') return plan.path;
  if (plan.kind === 'missing') throw new Error(plan.message);
  process.stderr.write(
    `No Chromium found: installing Debian's chromium package (${plan.commands.map((c) => c.join(' ')).join(' && ')})…\n`,
  );
  for (const [command, ...args] of plan.commands) {
    execFileSync(command as string, args, {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  if (!machine.exists(plan.path)) throw new Error(`apt-get installed chromium, but ${plan.path} is not there.`);
  process.stderr.write(`Installed ${plan.path}.\n`);
  return plan.path;
}

/**
 * The flags every launch of Chromium with the built extension shares: headless unless shown, a quiet
 * profile (no first-run page, no background networking, component updates or sync), and only this
 * extension loaded. Callers add their own (a locale, throttling switches).
 */
export function extensionLaunchArgs(extensionDir: string, options: { headless?: boolean } = {}): string[] {
  return [
    ...(options.headless === false ? [] : ['--headless=new', '--disable-gpu']),
    // Chromium's sandbox refuses to start as root (a container's usual user) and is not needed headless.
    ...(options.headless === false && process.getuid?.() !== 0 ? [] : ['--no-sandbox']),
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}
