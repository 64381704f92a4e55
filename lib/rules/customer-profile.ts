import type { Account } from '../schema/account';
import type { Rule } from '../schema/rule';
import { fieldReader } from './field-reader';
import { fold, isMissing, readNumber } from './values';

/** The share of customers a suggested range or value list covers, at least. */
export const PROFILE_COVERAGE = 0.8;
/** Values listed per text field. */
const TOP_VALUES = 5;

/** What the best customers have in one field: a range of numbers, or the most common values. */
export type FieldProfile =
  | { field: string; kind: 'range'; customers: number; known: number; min: number; max: number; share: number; rule: Rule }
  | { field: string; kind: 'values'; customers: number; known: number; top: { value: string; share: number }[]; share: number; rule: Rule }
  | { field: string; kind: 'none'; customers: number; known: 0 };

/**
 * "Learn from customers" (the playbook's advice: the ICP is worked out from the best existing
 * customers): for each field, from the accounts whose `customerType` is customer, the narrowest
 * range holding PROFILE_COVERAGE of the known numbers (its ends the 10th and 90th percentile), or the
 * most common values (those covering PROFILE_COVERAGE, at most TOP_VALUES), with the share they cover
 * and a rule that says the same. Lists count each element.
 */
export function customerProfile(accounts: Iterable<Account>, fields: readonly string[]): FieldProfile[] {
  const readers = fields.map((field) => ({ field, read: fieldReader(field) }));
  const numbers = new Map<string, number[]>(fields.map((f) => [f, []]));
  const texts = new Map<string, Map<string, { value: string; count: number }>>(fields.map((f) => [f, new Map()]));
  const known = new Map<string, number>(fields.map((f) => [f, 0]));
  const lists = new Set<string>();
  let customers = 0;
  for (const account of accounts) {
    if (fold(String(account.customerType ?? '')) !== 'customer') continue;
    customers++;
    for (const { field, read } of readers) {
      const value = read(account);
      if (isMissing(value)) continue;
      known.set(field, (known.get(field) ?? 0) + 1);
      const number = typeof value === 'string' || typeof value === 'number' ? readNumber(value) : undefined;
      if (number !== undefined && typeof value !== 'boolean') {
        numbers.get(field)?.push(number);
        continue;
      }
      const counts = texts.get(field) as Map<string, { value: string; count: number }>;
      if (Array.isArray(value)) lists.add(field);
      for (const item of Array.isArray(value) ? value : [value]) {
        const text = String(item).trim();
        if (text === '') continue;
        const key = fold(text);
        const entry = counts.get(key) ?? { value: text, count: 0 };
        entry.count++;
        counts.set(key, entry);
      }
    }
  }
  return fields.map((field): FieldProfile => {
    const seen = known.get(field) ?? 0;
    const list = (numbers.get(field) ?? []).sort((a, b) => a - b);
    if (seen === 0) return { field, kind: 'none', customers, known: 0 };
    if (list.length >= seen / 2) {
      const min = percentile(list, 0.1);
      const max = percentile(list, 0.9);
      const share = list.filter((n) => n >= min && n <= max).length / seen;
      return { field, kind: 'range', customers, known: seen, min, max, share, rule: { field, op: 'between', value: [min, max] } };
    }
    const ranked = [...(texts.get(field) as Map<string, { value: string; count: number }>).values()].sort(
      (a, b) => b.count - a.count || a.value.localeCompare(b.value),
    );
    const top: { value: string; share: number }[] = [];
    let covered = 0;
    for (const { value, count } of ranked) {
      if (top.length >= TOP_VALUES || covered / seen >= PROFILE_COVERAGE) break;
      top.push({ value, share: count / seen });
      covered += count;
    }
    const share = Math.min(1, covered / seen);
    // A list field (products owned, a tech stack) matches when it holds any of the values; a single value, when it is one of them.
    const rule: Rule = { field, op: lists.has(field) ? 'containsAny' : 'in', value: top.map((t) => t.value) };
    return { field, kind: 'values', customers, known: seen, top, share, rule };
  });
}

/** The value at fraction `p` of a sorted list (nearest rank). */
function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[index] as number;
}
