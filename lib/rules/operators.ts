import { z } from 'zod';
import type { EvidenceParams } from './evidence';
import { containsMatcher, equalsMatcher, type Matcher, numberMatcher, oneOfMatcher } from './matchers';
import { DAY_MS, daysBefore, readDate } from './values';

const scalar = z.union([z.string(), z.number(), z.boolean()]);
const scalars = z.array(scalar).min(1);
const bound = z.number().nullable();
const days = z.number().nonnegative();

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
 * The rule operators of spec §3: the one table that names each operator, the value it takes and how
 * it evaluates. Adding an operator means adding a row here, and its sentence in lib/rules/messages/evidence-*.ts
 * (the types of EvidenceMessages make a missing one a compile error).
 */
export const OPERATORS = {
  eq: operator(scalar, equalsMatcher),
  neq: operator(scalar, (value) => negate(equalsMatcher(value))),
  in: operator(scalars, oneOfMatcher),
  nin: operator(scalars, (values) => negate(oneOfMatcher(values))),
  gt: operator(z.number(), (n) => numberMatcher((v) => v > n)),
  gte: operator(z.number(), (n) => numberMatcher((v) => v >= n)),
  lt: operator(z.number(), (n) => numberMatcher((v) => v < n)),
  lte: operator(z.number(), (n) => numberMatcher((v) => v <= n)),
  between: operator(
    z
      .tuple([bound, bound], { error: 'between takes two bounds, [min, max] (null for an open bound)' })
      .refine((b) => !(typeof b[0] === 'number' && typeof b[1] === 'number' && b[0] > b[1]), 'min must not exceed max'),
    ([min, max]) => numberMatcher((v) => (min === null || v >= min) && (max === null || v <= max)),
    { params: ([min, max]) => ({ min, max }) },
  ),
  exists: operator(z.boolean(), (wanted) => () => (wanted ? 'pass' : 'fail'), { whenMissing: (wanted) => (wanted ? 'fail' : 'pass') }),
  contains: operator(scalar, (needle) => containsMatcher([needle], 'any')),
  containsAny: operator(scalars, (needles) => containsMatcher(needles, 'any')),
  containsAll: operator(scalars, (needles) => containsMatcher(needles, 'all')),
  withinDays: operator(days, (n) => dateMatcher((age) => age <= n * DAY_MS), { params: dateParams }),
  olderThanDays: operator(days, (n) => dateMatcher((age) => age > n * DAY_MS), { params: dateParams }),
};

/** Swaps pass and fail; a value of the wrong kind stays so. */
function negate(matcher: Matcher): Matcher {
  return (actual, now) => {
    const outcome = matcher(actual, now);
    return outcome === 'pass' ? 'fail' : outcome === 'fail' ? 'pass' : outcome;
  };
}

export type Operator = keyof typeof OPERATORS;
export const OPERATOR_NAMES = Object.keys(OPERATORS) as Operator[];

/** True when `op` names an operator of the table. */
export function isOperator(op: unknown): op is Operator {
  return typeof op === 'string' && Object.hasOwn(OPERATORS, op);
}
