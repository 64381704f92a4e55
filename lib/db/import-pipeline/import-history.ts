import type { TalDb } from '../database';
import { type ImportRecordRow, ImportRecordRowSchema } from '../rows';
import { parseStoredRow } from '../stored-row';

/** Past imports, newest first (the active one is also in `readActiveCache`). */
export async function listImports(db: TalDb, limit = 20): Promise<ImportRecordRow[]> {
  const rows = await db.imports.orderBy(':id').reverse().limit(limit).toArray();
  return rows.map((row) => parseStoredRow(ImportRecordRowSchema, row, 'imports', row.id) as ImportRecordRow);
}
