import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataFolderInUseError, LOCK_FILE, lockDataFolder } from './data-lock';

const folders: string[] = [];
async function folder() {
  const dir = await mkdtemp(join(tmpdir(), 'tal-lock-'));
  folders.push(dir);
  return dir;
}
afterEach(async () => {
  for (const dir of folders.splice(0)) await rm(dir, { recursive: true, force: true });
});

const alive = (pids: number[]) => (pid: number) => pids.includes(pid);

describe.each([
  ['the kernel lock (Linux)', true],
  ['the lock file alone (other systems)', false],
])('the data folder lock of tal serve: %s', (_, kernelLock) => {
  const as = (pid: number, living: number[]) => ({ pid, isAlive: alive(living), kernelLock });

  it('lets one server hold a folder, refuses a second in words, and lets the next take it once released', async () => {
    const dir = await folder();
    const release = await lockDataFolder(dir, as(101, [101, 202]));
    const second = lockDataFolder(dir, as(202, [101, 202]));
    await expect(second).rejects.toThrow(DataFolderInUseError);
    await expect(second).rejects.toThrow(/in use by another tal serve \(process 101 on /);
    await release();
    const third = await lockDataFolder(dir, as(202, [202]));
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: 202, host: hostname() });
    await third();
    expect(await readdir(dir)).toEqual([]);
  });

  it('takes over a lock whose process died (a SIGKILL), and one a dying start left half-written', async () => {
    const dir = await folder();
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid: 999_999, host: hostname(), since: '2026-11-01T00:00:00Z' }));
    const release = await lockDataFolder(dir, as(303, [303]));
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: 303 });
    await release();
    await writeFile(join(dir, LOCK_FILE), '{"pid": 12');
    await (await lockDataFolder(dir, as(304, [304])))();
  });

  it('never takes over a lock held on another machine (a shared folder), whatever its pid', async () => {
    const dir = await folder();
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid: 999_999, host: 'other-host', since: '2026-11-01T00:00:00Z' }));
    await expect(lockDataFolder(dir, as(305, [305]))).rejects.toThrow(/process 999999 on other-host/);
  });

  it('gives a free folder to exactly one of many starts at once', async () => {
    const dir = await folder();
    const pids = [401, 402, 403, 404, 405, 406, 407, 408];
    const results = await Promise.allSettled(pids.map((pid) => lockDataFolder(dir, as(pid, pids))));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(DataFolderInUseError);
    expect((await readdir(dir)).sort()).toEqual([LOCK_FILE]);
  });
});

describe('the kernel lock (Linux)', () => {
  it('gives the folder to exactly one of many starts at once, even over a dead holder', async () => {
    const dir = await folder();
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid: 999_999, host: hostname(), since: '2026-11-01T00:00:00Z' }));
    const pids = [401, 402, 403, 404, 405, 406, 407, 408];
    const results = await Promise.allSettled(pids.map((pid) => lockDataFolder(dir, { pid, isAlive: alive(pids), kernelLock: true })));
    const winners = results.filter((r) => r.status === 'fulfilled');
    expect(winners).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(DataFolderInUseError);
    const holder = JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')) as { pid: number };
    expect(pids).toContain(holder.pid);
    expect((await readdir(dir)).sort()).toEqual([LOCK_FILE]);
  });
});
