import { z } from 'zod';

const scalar = z.union([z.string(), z.number(), z.boolean()]);
const scalars = z.array(scalar).min(1);
const bound = z.number().nullable();
const days = z.number().nonnegative();

/**
 * The rule operators of spec §3 and the value each takes: what a playbook may say. How each one
 * evaluates is lib/rules/operators.ts, a row there for every row here (the types hold them to each
 * other): schemas depend on nothing but zod.
 */
export const OPERATOR_VALUES = {
  eq: scalar,
  neq: scalar,
  in: scalars,
  nin: scalars,
  gt: z.number(),
  gte: z.number(),
  lt: z.number(),
  lte: z.number(),
  between: z
    .tuple([bound, bound], { error: 'between takes two bounds, [min, max] (null for an open bound)' })
    .refine((b) => !(typeof b[0] === 'number' && typeof b[1] === 'number' && b[0] > b[1]), 'min must not exceed max'),
  exists: z.boolean(),
  contains: scalar,
  containsAny: scalars,
  containsAll: scalars,
  withinDays: days,
  olderThanDays: days,
};

export type Operator = keyof typeof OPERATOR_VALUES;
export const OPERATOR_NAMES = Object.keys(OPERATOR_VALUES) as Operator[];

/** True when `op` names an operator of the table. */
export function isOperator(op: unknown): op is Operator {
  return typeof op === 'string' && Object.hasOwn(OPERATOR_VALUES, op);
}
