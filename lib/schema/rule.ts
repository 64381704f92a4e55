import { z } from 'zod';
import { ACCOUNT_FIELDS } from './account';
import { isOperator, OPERATOR_VALUES, type Operator } from './operator-values';

export type Scalar = string | number | boolean;
export type LeafRule = { field: string; op: Operator; value: unknown };
/** A rule of spec §3: a leaf or a combinator. Recursive, so written out once here. */
export type Rule = LeafRule | { all: Rule[] } | { any: Rule[] } | { not: Rule };

const CANONICAL = new Set<string>(ACCOUNT_FIELDS.filter((f) => f !== 'custom'));

/** True when `field` names a canonical account field or `custom.<header>`. */
export function isFieldPath(field: string): boolean {
  return CANONICAL.has(field) || (field.startsWith('custom.') && field.length > 'custom.'.length);
}

type Ctx = z.RefinementCtx;
type Path = (string | number)[];

function issue(ctx: Ctx, path: Path, message: string, input: unknown) {
  ctx.addIssue({ code: 'custom', path, message, input });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkLeaf(rule: Record<string, unknown>, path: Path, ctx: Ctx) {
  const extra = Object.keys(rule).filter((k) => k !== 'field' && k !== 'op' && k !== 'value');
  for (const key of extra) issue(ctx, [...path, key], `unknown key "${key}" in a rule`, rule[key]);
  if (typeof rule.field !== 'string' || rule.field === '') {
    issue(ctx, [...path, 'field'], 'field must name an account field', rule.field);
  } else if (!isFieldPath(rule.field)) {
    issue(ctx, [...path, 'field'], `unknown field "${rule.field}" (use a canonical field or custom.<header>)`, rule.field);
  }
  if (!isOperator(rule.op)) {
    const shown = typeof rule.op === 'string' ? `"${rule.op}"` : JSON.stringify(rule.op ?? null);
    issue(ctx, [...path, 'op'], `unknown operator ${shown}`, rule.op);
    return;
  }
  if (!('value' in rule)) {
    issue(ctx, [...path, 'value'], `operator "${rule.op}" needs a value`, undefined);
    return;
  }
  const parsed = OPERATOR_VALUES[rule.op].safeParse(rule.value);
  if (!parsed.success) {
    for (const sub of parsed.error.issues) {
      issue(ctx, [...path, 'value', ...(sub.path as Path)], `${rule.op}: ${sub.message}`, rule.value);
    }
  }
}

function checkRule(rule: unknown, path: Path, ctx: Ctx, depth: number) {
  if (depth > 32) return issue(ctx, path, 'rule is nested too deeply (32 levels at most)', rule);
  if (rule === undefined && depth === 0) return issue(ctx, path, 'a rule is required here', rule);
  if (!isPlainObject(rule)) return issue(ctx, path, 'a rule must be an object', rule);
  const combinators = (['all', 'any', 'not'] as const).filter((k) => k in rule);
  if (combinators.length === 0) return checkLeaf(rule, path, ctx);
  if (combinators.length > 1 || Object.keys(rule).length > 1) {
    return issue(ctx, path, 'a combinator rule has exactly one key: all, any or not', rule);
  }
  const key = combinators[0] as 'all' | 'any' | 'not';
  const inner = rule[key];
  if (key === 'not') return checkRule(inner, [...path, 'not'], ctx, depth + 1);
  if (!Array.isArray(inner) || inner.length === 0) {
    return issue(ctx, [...path, key], `${key} takes a non-empty list of rules`, inner);
  }
  inner.forEach((child, i) => {
    checkRule(child, [...path, key, i], ctx, depth + 1);
  });
}

/** A rule, checked in full with every error at its JSON path. */
export const RuleSchema = z.unknown().superRefine((value, ctx) => checkRule(value, [], ctx, 0)) as unknown as z.ZodType<Rule>;
