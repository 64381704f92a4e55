import type { z } from 'zod';
import { OPERATOR_VALUES, type Operator } from '../schema/operator-values';
import type { EvidenceParams } from './evidence';
import { containsMatcher, equalsMatcher, type Matcher, numberMatcher, oneOfMatcher } from './matchers';
import { DAY_MS, daysBefore, readDate } from './values';

const V = OPERATOR_VALUES;

/** One operator compiled for one rule value: the test of a present value, what a missing value means, its evidence. */
export interface CompiledOperator {
  test: Matcher;
  whenMissing: 'pass' | 'fail' | 'unknown';
  params(actual: unknown, now: number): EvidenceParams;
}

interface OperatorOptions<V> {
  /** What a missing value gives; `unknown` unless the operator is about presence itself. */
  whenMissing?: (value: V) => 'pass' | 'fail';
  /** The evidence parameters besides `field` and `actual`; `{ value }` unless given. */
  params?: (value: V, actual: unknown, now: number) => EvidenceParams;
}

/** One row of the table: the value's schema, and how to compile a test for a checked value. */
function operator<S extends z.ZodType>(value: S, compile: (value: z.infer<S>) => Matcher, options: OperatorOptions<z.infer<S>> = {}) {
  return {
    value,
    /** Compiles the operator for a rule's value (checked against `value` once, here, not per account). */
    compile(raw: unknown): CompiledOperator {
      const checked: z.infer<S> = value.parse(raw);
      const params = options.params;
      // Most operators' params depend on the rule alone: made once here, not per account.
      const fixed: EvidenceParams = { value: checked as EvidenceParams[string] };
      return {
        test: compile(checked),
        whenMissing: options.whenMissing?.(checked) ?? 'unknown',
        params: params ? (actual, now) => params(checked, actual, now) : () => fixed,
      };
    },
  };
}

function dateMatcher(isWithin: (ageMs: number) => boolean): Matcher {
  return (actual, now) => {
    const at = readDate(actual);
    return at === undefined ? 'date' : isWithin(now - at) ? 'pass' : 'fail';
  };
}

const dateParams = (value: number, actual: unknown, now: number): EvidenceParams => {
  const at = readDate(actual);
  return { value, days: at === undefined ? null : daysBefore(at, now) };
};

/**
 * How each rule operator of spec §3 evaluates, a row for each row of lib/schema/operator-values.ts
 * (the value it takes). Adding an operator means a row in both, and its sentence `evidence.<op>` in each locale's catalog
 * (lib/i18n/messages/*.ts: describeEvidence's types make a missing one a compile error).
 */
export const OPERATORS = {
  eq: operator(V.eq, equalsMatcher),
  neq: operator(V.neq, (value) => negate(equalsMatcher(value))),
  in: operator(V.in, oneOfMatcher),
  nin: operator(V.nin, (values) => negate(oneOfMatcher(values))),
  gt: operator(V.gt, (n) => numberMatcher((v) => v > n)),
  gte: operator(V.gte, (n) => numberMatcher((v) => v >= n)),
  lt: operator(V.lt, (n) => numberMatcher((v) => v < n)),
  lte: operator(V.lte, (n) => numberMatcher((v) => v <= n)),
  between: operator(V.between, ([min, max]) => numberMatcher((v) => (min === null || v >= min) && (max === null || v <= max)), {
    params: ([min, max]) => ({ min, max }),
  }),
  exists: operator(V.exists, (wanted) => () => (wanted ? 'pass' : 'fail'), { whenMissing: (wanted) => (wanted ? 'fail' : 'pass') }),
  contains: operator(V.contains, (needle) => containsMatcher([needle], 'any')),
  containsAny: operator(V.containsAny, (needles) => containsMatcher(needles, 'any')),
  containsAll: operator(V.containsAll, (needles) => containsMatcher(needles, 'all')),
  withinDays: operator(V.withinDays, (n) => dateMatcher((age) => age <= n * DAY_MS), { params: dateParams }),
  olderThanDays: operator(V.olderThanDays, (n) => dateMatcher((age) => age > n * DAY_MS), { params: dateParams }),
} satisfies Record<Operator, unknown>;

/** Swaps pass and fail; a value of the wrong kind stays so. */
function negate(matcher: Matcher): Matcher {
  return (actual, now) => {
    const outcome = matcher(actual, now);
    return outcome === 'pass' ? 'fail' : outcome === 'fail' ? 'pass' : outcome;
  };
}

export { isOperator, OPERATOR_NAMES, type Operator } from '../schema/operator-values';
