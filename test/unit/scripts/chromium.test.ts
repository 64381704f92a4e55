import { describe, expect, it } from 'vitest';
import { CHROMIUM_CANDIDATES, type Machine, planChromium } from '../../../scripts/chromium';

function machine(over: Partial<Machine> & { files?: string[] } = {}): Machine {
  const files = new Set(over.files ?? []);
  return { env: {}, isRoot: false, isDebian: false, exists: (path) => files.has(path), ...over };
}

describe('planChromium', () => {
  it('takes CHROMIUM_PATH first, when it names a file', () => {
    expect(
      planChromium(machine({ env: { CHROMIUM_PATH: '/opt/chrome/chrome' }, files: ['/opt/chrome/chrome', '/usr/bin/chromium'] })),
    ).toEqual({
      kind: 'found',
      path: '/opt/chrome/chrome',
    });
  });

  it('says so when CHROMIUM_PATH names nothing, rather than using another browser', () => {
    const plan = planChromium(
      machine({ env: { CHROMIUM_PATH: '/nowhere/chrome' }, files: ['/usr/bin/chromium'], isDebian: true, isRoot: true }),
    );
    expect(plan).toEqual({ kind: 'missing', message: 'CHROMIUM_PATH is /nowhere/chrome, and there is no such file.' });
  });

  it('finds the first candidate on the machine', () => {
    expect(planChromium(machine({ files: ['/usr/bin/google-chrome', '/snap/bin/chromium'] }))).toEqual({
      kind: 'found',
      path: '/usr/bin/google-chrome',
    });
    expect(CHROMIUM_CANDIDATES[0]).toBe('/usr/bin/chromium');
  });

  it("installs Debian's chromium on Debian or Ubuntu run by root", () => {
    const plan = planChromium(machine({ isDebian: true, isRoot: true }));
    expect(plan.kind).toBe('install');
    if (plan.kind !== 'install') return;
    expect(plan.path).toBe('/usr/bin/chromium');
    expect(plan.commands.at(-1)).toContain('chromium');
    expect(plan.commands[0]).toEqual(['apt-get', 'update', '-qq']);
  });

  it('names the command to run where it may not install', () => {
    const debianUser = planChromium(machine({ isDebian: true, isRoot: false }));
    expect(debianUser.kind).toBe('missing');
    expect(debianUser.kind === 'missing' && debianUser.message).toContain('sudo apt-get update && sudo apt-get install -y chromium');
    const other = planChromium(machine({ isDebian: false, isRoot: true }));
    expect(other.kind === 'missing' && other.message).toContain('install Chromium or Google Chrome, or set CHROMIUM_PATH');
  });
});
