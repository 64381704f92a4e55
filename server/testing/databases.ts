import { createHash, randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';
import { type Migration, migrate, readMigrations } from '../db/migrate';
import { pgliteDb } from '../db/pglite';
import { openPostgres } from '../db/postgres';
import type { Db } from '../db/types';

/**
 * The databases every server suite runs on, every time: PGlite, and a real PostgreSQL server (the
 * one TAL_TEST_DATABASE_URL names, else a throwaway one that postgres-global-setup.ts starts).
 */
export const TEST_DB_KINDS: readonly Db['kind'][] = ['pglite', 'postgres'];

/** A fresh, migrated database of that kind; on PostgreSQL, a schema of its own that close() drops. */
export async function openTestDb(kind: Db['kind']): Promise<Db> {
  const migrations = await readMigrations();
  const db = kind === 'pglite' ? await openMigratedPglite(migrations) : await openPostgresSchema();
  await migrate(db, migrations);
  return db;
}

/** A fresh database of that kind with no migration applied, for tests of a migration itself. */
export async function openEmptyTestDb(kind: Db['kind']): Promise<Db> {
  return kind === 'pglite' ? pgliteDb(await PGlite.create()) : openPostgresSchema();
}

/**
 * An in-memory PGlite, loaded from a migrated image kept in the temp folder: starting PGlite from
 * scratch costs seconds, loading an image well under that. The image is named by a hash of the
 * migrations and PGlite's package, so a change to either makes a new one; migrate() still runs.
 */
async function openMigratedPglite(migrations: readonly Migration[]): Promise<Db> {
  // A new PGlite may not read an older one's image, so its version is part of the name too.
  const pglite = await readFile(new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url), 'utf8').catch(
    () => 'unknown',
  );
  const hash = createHash('sha256').update(JSON.stringify(migrations)).update(pglite).digest('hex').slice(0, 16);
  const image = join(tmpdir(), `tal-test-pglite-${hash}.tar`);
  const saved = await readFile(image).catch(() => undefined);
  if (saved !== undefined) return pgliteDb(await PGlite.create({ loadDataDir: new Blob([saved]) }));
  const pg = await PGlite.create();
  await migrate(pgliteDb(pg), migrations);
  const dump = Buffer.from(await (await pg.dumpDataDir('none')).arrayBuffer());
  // Written aside and renamed, so a parallel test file never reads half an image.
  const partial = `${image}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(partial, dump);
  await rename(partial, image);
  return pgliteDb(pg);
}

async function openPostgresSchema(): Promise<Db> {
  const url = inject('postgresUrl');
  if (!url) throw new Error('no PostgreSQL server for the suite: vitest.config.ts names postgres-global-setup.ts as its globalSetup');
  const schema = `tal_test_${randomBytes(6).toString('hex')}`;
  const admin = await openPostgres(url, { maxConnections: 1 });
  await admin.exec(`CREATE SCHEMA ${schema}`);
  await admin.close();
  const db = await openPostgres(url, { searchPath: schema, maxConnections: 12 });
  return {
    ...db,
    async close() {
      await db.exec(`DROP SCHEMA ${schema} CASCADE`);
      await db.close();
    },
  };
}

/** Empties every table between tests, so each starts from a freshly migrated database. */
export async function truncateAll(db: Db): Promise<void> {
  await db.exec(
    'TRUNCATE shared_answers, recertifications, account_upload_batches, account_uploads, idempotency_keys, proposals, quota_locks, quota_use, accounts, playbooks, members RESTART IDENTITY CASCADE',
  );
  await db.exec("SELECT setval('account_changes', 1, false)");
}
