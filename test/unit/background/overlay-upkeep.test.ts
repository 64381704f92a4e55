import { describe, expect, it } from 'vitest';
import { setupOverlayUpkeep } from '@/entrypoints/background/overlay-upkeep';
import { applyAccountChanges, importAccounts, openAccountCache, readActiveCache } from '@/lib/db';
import { fixedClock, freshDb } from '../db/helpers';

const now = fixedClock();

describe('keeping the account overlay in the background', () => {
  it('settles its count after each delta, folds once it reaches its threshold, and the cache answers the same', async () => {
    const db = freshDb();
    await importAccounts(db, ['id,name,domain\n1,One,one.com\n2,Two,two.com\n'], { fileName: 'a.csv', mode: 'replace', now });
    const first = (await readActiveCache(db))?.generation.generation;
    const fold = setupOverlayUpkeep({ db, clock: now, foldAt: 3, quietMs: 5 });
    try {
      const apply = (id: string) =>
        applyAccountChanges(
          db,
          { accounts: [{ id, name: `Company ${id}`, domain: `${id}.com` }], deleted: [], mode: 'merge' },
          { now, source: 's' },
        );
      await apply('3');
      await apply('4');
      // Two rows: under the threshold, nothing to fold; their count is settled (neither was cached before).
      await expect.poll(async () => (await readActiveCache(db))?.overlay).toEqual({ revision: 2, rows: 2, net: 2, unsettled: 0 });
      expect((await readActiveCache(db))?.generation.generation).toBe(first);
      await apply('5');
      await expect.poll(async () => (await readActiveCache(db))?.overlay.rows).toBe(0);
      await fold.working();
      const active = await readActiveCache(db);
      expect(active?.generation.generation).not.toBe(first);
      expect(active?.generation.count).toBe(5);
      const cache = openAccountCache(db);
      for (const id of ['1', '3', '5']) expect(await cache.find({ kind: 'domain', value: `${id === '1' ? 'one' : id}.com` })).toEqual([id]);
    } finally {
      fold.stop();
    }
  });
});
