import { planColumns } from './column-plan';

/**
 * The columns of JSON records, grown as new keys appear (records need not share their keys). A nested
 * `custom` object contributes one `custom.<key>` column per key, so it lands in `custom` unchanged.
 */
export function createJsonColumns(overrides: Readonly<Record<string, string>>) {
  const headers: string[] = [];
  const indexOf = new Map<string, number>();
  let plan = planColumns([], overrides);

  function addHeader(header: string) {
    if (indexOf.has(header)) return;
    indexOf.set(header, headers.length);
    headers.push(header);
    plan = planColumns(headers, overrides);
  }

  /** The record's values aligned to the columns (adding columns for unseen keys). */
  function cellsOf(record: Record<string, unknown>): unknown[] {
    for (const key of Object.keys(record)) {
      const value = record[key];
      if (key === 'custom' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
        for (const customKey of Object.keys(value)) addHeader(`custom.${customKey}`);
      } else addHeader(key);
    }
    const cells: unknown[] = new Array(headers.length);
    for (const [key, value] of Object.entries(record)) {
      if (key === 'custom' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
        for (const [customKey, customValue] of Object.entries(value)) cells[indexOf.get(`custom.${customKey}`) as number] = customValue;
      } else cells[indexOf.get(key) as number] = value;
    }
    return cells;
  }

  return { cellsOf, plan: () => plan };
}
