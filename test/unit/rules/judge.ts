import { expect } from 'vitest';
import { compileRule } from '@/lib/rules/compile-rule';
import type { Account } from '@/lib/schema/account';
import type { Rule } from '@/lib/schema/rule';

export const NOW = Date.parse('2026-11-23T00:00:00Z');

/** An account with only the fields a test cares about (the engine reads plain objects). */
export function account(fields: Record<string, unknown>): Account {
  return { id: 'A', name: 'Acme', ...fields } as Account;
}

/** Evaluates a rule both ways and checks that the fast path (`test`) agrees with the explained one. */
export function judge(rule: Rule, fields: Record<string, unknown>, now = NOW) {
  const compiled = compileRule(rule);
  const subject = account(fields);
  const evidence = compiled.explain(subject, now);
  expect(compiled.test(subject, now), 'test() and explain() disagree').toBe(evidence.status);
  return evidence;
}
