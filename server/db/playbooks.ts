import { type Playbook, PlaybookSchema } from '../../lib/schema/playbook';
import type { Queryable } from './types';

/** The current playbook document as it was put, with its version, or undefined before the first. */
export async function currentPlaybook(db: Queryable): Promise<{ version: number; document: unknown } | undefined> {
  const [row] = await db.query('SELECT version, document FROM playbooks ORDER BY version DESC LIMIT 1');
  return row === undefined ? undefined : { version: Number(row.version), document: row.document };
}

/** The playbook in force as it was put, with its version, when and by whom it was saved; undefined before the first. */
export async function playbookInForce(db: Queryable) {
  const [row] = await db.query<{ version: number; document: unknown; created_at: Date | string; id: string; name: string; role: string }>(
    `SELECT p.version, p.document, p.created_at, m.id, m.name, m.role FROM playbooks p JOIN members m ON m.id = p.author_id
     ORDER BY p.version DESC LIMIT 1`,
  );
  if (row === undefined) return undefined;
  return {
    version: Number(row.version),
    savedAt: new Date(row.created_at).toISOString(),
    savedBy: { id: row.id, name: row.name, role: row.role },
    playbook: row.document,
  };
}

/** The current playbook's TAL section (period and teams), checked when it was put. */
export async function currentTalSettings(db: Queryable): Promise<Pick<Playbook, 'tal'> | undefined> {
  const [row] = await db.query('SELECT tal FROM playbooks ORDER BY version DESC LIMIT 1');
  return row === undefined ? undefined : { tal: PlaybookSchema.shape.tal.parse(row.tal) };
}

/** Keeps a new version of the playbook; earlier versions stay. Returns the new version number. */
export async function insertPlaybook(tx: Queryable, document: unknown, playbook: Playbook, authorId: string, now: Date): Promise<number> {
  // The table lock serializes two managers saving at once, so versions never collide.
  await tx.exec('LOCK TABLE playbooks IN SHARE ROW EXCLUSIVE MODE');
  const [row] = await tx.query<{ version: number }>(
    `INSERT INTO playbooks (version, document, tal, author_id, created_at)
     VALUES ((SELECT COALESCE(MAX(version), 0) + 1 FROM playbooks), $1::jsonb, $2::jsonb, $3, $4) RETURNING version`,
    [JSON.stringify(document), JSON.stringify(playbook.tal), authorId, now],
  );
  return Number(row?.version);
}
