import { describe, expect, it } from 'vitest';
import { setupOverlayFold } from '@/entrypoints/background/overlay-fold';
import { applyAccountChanges, importAccounts, openAccountCache, readActiveCache } from '@/lib/db';
import { fixedClock, freshDb } from '../db/helpers';

const now = fixedClock();

describe('folding the account overlay in the background', () => {
  it('folds once the overlay reaches its threshold, not before, and the cache answers the same', async () => {
    const db = freshDb();
    await importAccounts(db, ['id,name,domain\n1,One,one.com\n2,Two,two.com\n'], { fileName: 'a.csv', mode: 'replace', now });
    const first = (await readActiveCache(db))?.generation.generation;
    const fold = setupOverlayFold({ db, clock: now, foldAt: 3 });
    try {
      const apply = (id: string) =>
        applyAccountChanges(
          db,
          { accounts: [{ id, name: `Company ${id}`, domain: `${id}.com` }], deleted: [], mode: 'merge' },
          { now, source: 's' },
        );
      await apply('3');
      await apply('4');
      // Two rows: under the threshold, nothing to fold.
      expect(fold.folding()).toBeNull();
      expect((await readActiveCache(db))?.overlay.rows).toBe(2);
      await apply('5');
      await expect.poll(async () => (await readActiveCache(db))?.overlay.rows).toBe(0);
      await fold.folding();
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
