import type { Table } from 'dexie';

/**
 * Reads rows by key, gathering the reads asked for in the same turn into one bulkGet: recognition
 * looks several keys up at once (CRM id, domain, alias, name), and one IndexedDB transaction for
 * them all is much cheaper than one each. Reads of the same key in a turn share one request.
 */
export function createBatchedGet<Row, Key extends [number, number] | [number, string]>(table: Table<Row, Key>) {
  let queue: { key: Key; id: string; resolve(row: Row | undefined): void; reject(error: unknown): void }[] = [];
  const flush = () => {
    const batch = queue;
    queue = [];
    const unique = [...new Map(batch.map((item) => [item.id, item.key])).entries()];
    table.bulkGet(unique.map(([, key]) => key)).then(
      (rows) => {
        const byId = new Map(unique.map(([id], i) => [id, rows[i]]));
        for (const item of batch) item.resolve(byId.get(item.id));
      },
      (error: unknown) => {
        for (const item of batch) item.reject(error);
      },
    );
  };
  return (key: Key): Promise<Row | undefined> =>
    new Promise((resolve, reject) => {
      if (queue.length === 0) queueMicrotask(flush);
      queue.push({ key, id: `${key[0]}:${key[1]}`, resolve, reject });
    });
}
