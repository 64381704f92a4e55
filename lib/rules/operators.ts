import { z } from 'zod';

const scalar = z.union([z.string(), z.number(), z.boolean()]);
const scalars = z.array(scalar).min(1);
const bound = z.number().nullable();

/**
 * The rule operators of spec §3: the one table that names each operator and the value it takes.
 * Adding an operator means adding a row here (and its evaluator in the same row).
 */
export const OPERATORS = {
  eq: { value: scalar },
  neq: { value: scalar },
  in: { value: scalars },
  nin: { value: scalars },
  gt: { value: z.number() },
  gte: { value: z.number() },
  lt: { value: z.number() },
  lte: { value: z.number() },
  between: {
    value: z.tuple([bound, bound], { error: 'between takes two bounds, [min, max] (null for an open bound)' }),
  },
  exists: { value: z.boolean() },
  contains: { value: scalar },
  containsAny: { value: scalars },
  containsAll: { value: scalars },
  withinDays: { value: z.number().nonnegative() },
  olderThanDays: { value: z.number().nonnegative() },
} as const satisfies Record<string, { value: z.ZodType }>;

export type Operator = keyof typeof OPERATORS;
export const OPERATOR_NAMES = Object.keys(OPERATORS) as Operator[];

export function isOperator(op: unknown): op is Operator {
  return typeof op === 'string' && Object.hasOwn(OPERATORS, op);
}
