import { describe, expect, it } from 'vitest';
import { importAccounts } from '@/lib/db';
import { buildHealthReport } from '@/lib/rules/health';
import { cacheHealthReport } from '@/lib/services/cache-health';
import { cachedAccounts } from '@/lib/services/cached-accounts';
import { fixedClock, freshDb, syntheticAccounts } from '../db/helpers';
import { exampleAccounts, examplePlaybook, readExample } from '../rules/example-accounts';

const NOW = Date.parse('2026-11-23T00:00:00Z');

describe('the health report on the account cache', () => {
  it('is the report of the cached accounts, streamed through', async () => {
    const db = freshDb();
    await importAccounts(db, [readExample('accounts.csv')], { fileName: 'accounts.csv', mode: 'replace', now: fixedClock() });
    const report = await cacheHealthReport(db, examplePlaybook(), NOW);
    expect(report).toEqual(buildHealthReport(examplePlaybook(), exampleAccounts(), NOW));
    expect(report.accounts).toBe(22);
  });

  it('reports its progress read by read, over a cache of many chunks', async () => {
    const db = freshDb();
    const { csv, accounts } = syntheticAccounts(12_000);
    await importAccounts(db, [csv], { fileName: 's.csv', mode: 'replace', now: fixedClock() });
    const progress: [number, number][] = [];
    const report = await cacheHealthReport(db, examplePlaybook(), NOW, { onProgress: (done, total) => progress.push([done, total]) });
    expect(report).toEqual(buildHealthReport(examplePlaybook(), accounts, NOW));
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual([12_000, 12_000]);
    expect(progress.map(([done]) => done)).toEqual([...progress.map(([done]) => done)].sort((a, b) => a - b));
    expect((await cachedAccounts(db)).map((a) => a.id)).toEqual(accounts.map((a) => a.id));
  });

  it('stops when its signal is aborted, with the signal’s reason', async () => {
    const db = freshDb();
    await importAccounts(db, [syntheticAccounts(12_000).csv], { fileName: 's.csv', mode: 'replace', now: fixedClock() });
    const controller = new AbortController();
    let reads = 0;
    const run = cacheHealthReport(db, examplePlaybook(), NOW, {
      signal: controller.signal,
      onProgress: () => {
        reads += 1;
        controller.abort(new Error('the draft changed'));
      },
    });
    await expect(run).rejects.toThrow('the draft changed');
    expect(reads).toBe(1);
  });

  it('is an empty report on an empty cache', async () => {
    const report = await cacheHealthReport(freshDb(), examplePlaybook(), NOW);
    expect(report.accounts).toBe(0);
  });
});
