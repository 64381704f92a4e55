/** One condition of a WHERE clause: its text around its parameter's placeholder, and that parameter. */
export type Condition = { sql: (param: string) => string; value: unknown };

/**
 * ` WHERE …` joining the conditions given (`false`: left out), each with its value appended to
 * `params` and numbered after those already there; '' when none is given.
 *
 * An optional filter is left out of the text rather than written `$n IS NULL OR …`: the generic plan
 * a named statement switches to after five runs cannot take an index range through such a branch,
 * and reads the whole table (a manager's review queue read every proposal the team ever had).
 */
export function whereClause(params: unknown[], conditions: readonly (Condition | false)[]): string {
  const parts: string[] = [];
  for (const condition of conditions) {
    if (condition === false) continue;
    params.push(condition.value);
    parts.push(condition.sql(`$${params.length}`));
  }
  return parts.length === 0 ? '' : ` WHERE ${parts.join(' AND ')}`;
}
