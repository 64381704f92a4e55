import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createTalDb, importAccounts, savePlaybookVersion, type TalDb } from '@/lib/db';
import { examplePlaybook } from './fixtures';

const ACCOUNTS_CSV = path.resolve(import.meta.dirname, '../../fixtures/examples/accounts.csv');

/** A fresh fake-indexeddb database holding the example playbook and the 22 example accounts, as the demo data does. */
export async function seededDb(at = new Date('2026-11-20T10:00:00Z')): Promise<TalDb> {
  const db = createTalDb(`options-${Math.random()}`);
  await importAccounts(db, [readFileSync(ACCOUNTS_CSV, 'utf8')], { fileName: 'accounts.csv', mode: 'replace', now: () => at });
  await savePlaybookVersion(db, examplePlaybook(), 'demo', at);
  return db;
}

/** Closes and deletes a test database. */
export async function dropDb(db: TalDb) {
  db.close();
  await db.delete();
}
