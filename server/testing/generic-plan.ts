import type { Db } from '../db/types';

/**
 * The plan PostgreSQL runs `sql` with once a named statement has switched to its generic plan (after
 * five executions: one plan for any parameters), with `values` for its parameters, as EXPLAIN ANALYZE
 * prints it. `types` are the parameters' types, in order.
 */
export async function genericPlan(db: Db, sql: string, types: readonly string[], values: readonly unknown[]): Promise<string> {
  const literals = values.map((v) => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : `'${String(v).replaceAll("'", "''")}'`));
  return db.transaction(async (tx) => {
    await tx.exec('SET LOCAL plan_cache_mode = force_generic_plan');
    await tx.exec(`PREPARE generic_plan (${types.join(', ')}) AS ${sql}`);
    const rows = await tx.query(`EXPLAIN (ANALYZE, COSTS OFF) EXECUTE generic_plan (${literals.join(', ')})`);
    await tx.exec('DEALLOCATE generic_plan');
    return rows.map((row) => String(Object.values(row)[0])).join('\n');
  });
}
