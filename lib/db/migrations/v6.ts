import { storedAccountObject } from '../account-chunk';
import type { Migration } from './migration';

type Listed = { id?: unknown; name?: unknown; domain?: unknown; team?: unknown; onTal?: unknown };
type Record_ = { accountId: string; onTal: boolean; name?: string; domain?: string; team?: string; [key: string]: unknown };

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * Version 6: the TAL keeps its accounts apart from the account data. Every account the active cache
 * lists on the TAL (`onTal`) goes into `meta`'s `listedByData` row (since the import that made the
 * cache), and every TAL record learns its account's name, domain and team, so an import that lacks
 * the account later still shows it by name. Generation numbers are never used twice: the highest so
 * far is kept in `meta` (`lastGeneration`). No table's keys change.
 */
export const v6: Migration = {
  version: 6,
  stores: {},
  upgrade: async (transaction) => {
    const meta = transaction.table('meta');
    const pointer = (await meta.get('activeCache')) as { generation: number; importId: number } | undefined;
    const generations = (await transaction.table('generations').toArray()) as { generation: number }[];
    const last = Math.max(0, pointer?.generation ?? 0, ...generations.map((g) => g.generation));
    await meta.put({ key: 'lastGeneration', generation: last });
    if (!pointer) return;

    const since = ((await transaction.table('imports').get(pointer.importId)) as { at?: string } | undefined)?.at;
    const records = transaction.table('talOverrides');
    const existing = new Map(((await records.toArray()) as Record_[]).map((r) => [r.accountId, r]));
    const changed: Record_[] = [];
    const listed: Record<string, { name: string; domain?: string; team?: string; since: string }> = {};
    await transaction
      .table('accountChunks')
      .where('[generation+chunk]')
      .between([pointer.generation, 0], [pointer.generation, Number.MAX_SAFE_INTEGER])
      .each((row: { accounts?: string[] }) => {
        for (const json of row.accounts ?? []) {
          const account = storedAccountObject(JSON.parse(json)) as Listed;
          const accountId = text(account.id);
          const name = text(account.name);
          if (accountId === undefined || name === undefined) continue;
          const snapshot = { name, ...optional('domain', account.domain), ...optional('team', account.team) };
          const before = existing.get(accountId);
          if (before) changed.push({ ...before, ...snapshot });
          if (account.onTal === true) listed[accountId] = { ...snapshot, since: since ?? new Date(0).toISOString() };
        }
      });
    await records.bulkPut(changed);
    if (Object.keys(listed).length > 0) await meta.put({ key: 'listedByData', accounts: listed });
  },
};

function optional(key: 'domain' | 'team', value: unknown) {
  const found = text(value);
  return found === undefined ? {} : { [key]: found };
}
