import { z } from 'zod';
import { OPERATOR_NAMES, type Operator } from './operators';

/** The three values of spec §3. */
export const RuleStatusSchema = z.enum(['pass', 'fail', 'unknown']);
export type RuleStatus = z.infer<typeof RuleStatusSchema>;

export const COMBINATOR_KEYS = ['evidence.all', 'evidence.any', 'evidence.not'] as const;
type KeyName = `evidence.${Operator}` | 'evidence.missing' | 'evidence.wrongType' | (typeof COMBINATOR_KEYS)[number];
/** Every evidence message key: one per operator, plus missing and wrong-kind values and the combinators. */
export const EVIDENCE_KEYS: [KeyName, ...KeyName[]] = [
  'evidence.missing',
  'evidence.wrongType',
  ...COMBINATOR_KEYS,
  ...OPERATOR_NAMES.map((op) => `evidence.${op}` as const),
];

export const EvidenceKeySchema = z.enum(EVIDENCE_KEYS);
export type EvidenceKey = z.infer<typeof EvidenceKeySchema>;

const ParamScalarSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
/** A message parameter: a field name, the account's value, a rule's value or bound. */
export const EvidenceParamSchema = z.union([ParamScalarSchema, z.array(ParamScalarSchema)]);
export const EvidenceParamsSchema = z.record(z.string(), EvidenceParamSchema);
export type EvidenceParams = z.infer<typeof EvidenceParamsSchema>;

/**
 * Why a rule gave its status, as data a UI translates (see describeEvidence):
 * `{ key: 'evidence.between', status: 'pass', params: { field: 'employees', actual: 1800, min: 50, max: 10000 } }`.
 * Combinators carry their children's evidence.
 */
export const RuleEvidenceSchema = z.object({
  key: EvidenceKeySchema,
  status: RuleStatusSchema,
  params: EvidenceParamsSchema,
  get children(): z.ZodOptional<z.ZodArray<typeof RuleEvidenceSchema>> {
    return z.array(RuleEvidenceSchema).optional();
  },
});
export type RuleEvidence = z.infer<typeof RuleEvidenceSchema>;

/** An account value as a message parameter: lists stay lists, anything odd becomes its JSON text. */
export function toParam(value: unknown): EvidenceParams[string] {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((item) => (ParamScalarSchema.safeParse(item).success ? item : JSON.stringify(item)));
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}
