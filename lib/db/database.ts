import Dexie, { type Table } from 'dexie';
import { MIGRATIONS, type Migration } from './migrations';
import type {
  AccountChunkRow,
  ActiveCacheRow,
  AlertPassingRow,
  AlertsRow,
  AnswersRow,
  GenerationRow,
  ImportRecordRow,
  KeyBucketRow,
  LastGenerationRow,
  ListedByDataRow,
  ListedByOverlayRow,
  NamePageRow,
  OverlayDirectoryRow,
  OverlayPageRow,
  PlaybookVersionRow,
  ProposalRow,
  RecertificationsRow,
  TalOverrideRow,
} from './rows';
import type { TeamSyncRow } from './team-sync-rows';

/** The extension's IndexedDB database: the account cache and everything the rep and manager keep locally. */
export type TalDb = Dexie & {
  meta: Table<
    ActiveCacheRow | LastGenerationRow | ListedByDataRow | ListedByOverlayRow | AlertsRow | RecertificationsRow | OverlayDirectoryRow,
    string
  >;
  generations: Table<GenerationRow, number>;
  accountChunks: Table<AccountChunkRow, [number, number]>;
  keyBuckets: Table<KeyBucketRow, [number, number]>;
  namePages: Table<NamePageRow, [number, number]>;
  overlayPages: Table<OverlayPageRow, [number, number]>;
  alertPassing: Table<AlertPassingRow, number>;
  imports: Table<ImportRecordRow, number>;
  playbooks: Table<PlaybookVersionRow, number>;
  answers: Table<AnswersRow, string>;
  proposals: Table<ProposalRow, string>;
  talOverrides: Table<TalOverrideRow, string>;
  teamSync: Table<TeamSyncRow, [string, string]>;
};

/** Where Dexie finds IndexedDB when it is not the global one (fake-indexeddb in tests). */
export type IndexedDbDeps = { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange };

/**
 * Opens (lazily, on first use) the TAL Scout database. `migrations` is for the migration test, which
 * opens a database at an older version; everything else uses them all.
 */
export function createTalDb(name = 'tal-scout', deps?: IndexedDbDeps, migrations: readonly Migration[] = MIGRATIONS): TalDb {
  const db = new Dexie(name, deps ? { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange } : undefined);
  for (const migration of migrations) {
    const version = db.version(migration.version).stores(migration.stores);
    if (migration.upgrade) version.upgrade(migration.upgrade);
  }
  return db as TalDb;
}
