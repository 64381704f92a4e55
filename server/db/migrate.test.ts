import { describe, expect, it } from 'vitest';
import { openTestDb, TEST_DB_KINDS } from '../testing/databases';
import { migrate, readMigrations } from './migrate';

describe('migration files', () => {
  it('are numbered without gaps from 001, each with a name', async () => {
    const migrations = await readMigrations();
    expect(migrations.length).toBeGreaterThan(0);
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(migrations.every((m) => m.name.length > 0 && m.sql.trim().length > 0)).toBe(true);
  });
});

describe.each(TEST_DB_KINDS)('migrate on %s', (kind) => {
  it('records each migration once and does nothing the second time', async () => {
    const db = await openTestDb(kind);
    try {
      const migrations = await readMigrations();
      const recorded = await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      expect(recorded.map((r) => r.version)).toEqual(migrations.map((m) => m.version));
      expect(await migrate(db, migrations)).toEqual([]);
    } finally {
      await db.close();
    }
  });

  it('applies a new migration in one transaction: a failing one leaves nothing behind', async () => {
    const db = await openTestDb(kind);
    try {
      const migrations = await readMigrations();
      const next = migrations.length + 1;
      const broken = [...migrations, { version: next, name: 'broken', sql: 'CREATE TABLE half_done (id int); SELECT no_such_function();' }];
      await expect(migrate(db, broken)).rejects.toThrow();
      expect(
        await db.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done' AND table_schema = current_schema()"),
      ).toEqual([]);
      expect(await db.query('SELECT version FROM schema_migrations WHERE version = $1', [next])).toEqual([]);
      const good = [...migrations, { version: next, name: 'good', sql: 'CREATE TABLE later_table (id int);' }];
      expect(await migrate(db, good)).toEqual([next]);
    } finally {
      await db.close();
    }
  });
});
