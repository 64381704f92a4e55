import { z } from 'zod';
import { formatPath } from './issues';
import { isFieldPath, RuleSchema } from './rule';

const id = z.string().trim().min(1, 'id must not be empty');
const positive = z.number().gt(0, 'must be greater than 0');
const unit = z.number().min(0).max(1);
/** Run an object's cross-field check even when one of its fields failed, so every error is listed at once. */
const evenWithOtherErrors = { when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null };

export const CriterionSchema = z
  .strictObject({
    id,
    label: z.string().trim().min(1),
    section: z.string().trim().min(1).optional(),
    weight: positive.default(1),
    required: z.boolean().default(false),
    rule: RuleSchema.optional(),
    manual: z.literal(true).optional(),
    describe: z.boolean().optional(),
  })
  .superRefine((c, ctx) => {
    const hasRule = c.rule !== undefined;
    if (hasRule === (c.manual === true)) {
      ctx.addIssue({ code: 'custom', path: [], message: 'a criterion has exactly one of "rule" or "manual": true', input: c });
    }
    if (c.describe && !c.manual) {
      ctx.addIssue({ code: 'custom', path: ['describe'], message: '"describe" applies to manual criteria only', input: c });
    }
  }, evenWithOtherErrors);

/** What a segment's goal measures (an extension of spec §2 beside the goal's text): counted on the data. */
export const GOAL_METRICS = ['on-tal', 'engaged', 'opportunities', 'customers'] as const;
export const GoalMeasureSchema = z.strictObject({
  metric: z.enum(GOAL_METRICS),
  target: z.number().int('target must be a whole number').min(1, 'target must be 1 or more'),
  period: z.enum(['quarter', 'month', 'year', 'none']).optional(),
});
export type GoalMeasure = z.infer<typeof GoalMeasureSchema>;

type SegmentInput = { id: string; name: string; rule: unknown; goal?: string; measure?: unknown; children?: SegmentInput[] };
export type Segment = {
  id: string;
  name: string;
  rule: z.infer<typeof RuleSchema>;
  goal?: string;
  measure?: GoalMeasure;
  children?: Segment[];
};

export const SegmentSchema: z.ZodType<Segment, SegmentInput> = z.lazy(() =>
  z.strictObject({
    id,
    name: z.string().trim().min(1),
    rule: RuleSchema,
    goal: z.string().optional(),
    measure: GoalMeasureSchema.optional(),
    children: z.array(SegmentSchema).optional(),
  }),
);

export const FactorSchema = z
  .strictObject({
    id,
    weight: positive,
    source: z.literal('icp').optional(),
    field: z.string().trim().min(1).optional(),
    max: positive.optional(),
  })
  .superRefine((f, ctx) => {
    if (f.source === 'icp' && f.field !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['field'], message: 'a factor has either "source": "icp" or a "field", not both', input: f });
    } else if (f.source === undefined && f.field === undefined) {
      ctx.addIssue({ code: 'custom', path: [], message: 'a factor needs "source": "icp" or a "field" with "max"', input: f });
    } else if (f.field !== undefined && f.max === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['max'],
        message: `factor on "${f.field}" needs "max" (the value that counts as 100%)`,
        input: f,
      });
    }
    if (typeof f.field === 'string' && f.field.trim() !== '' && !isFieldPath(f.field)) {
      ctx.addIssue({
        code: 'custom',
        path: ['field'],
        message: `unknown field "${f.field}" (use a canonical field or custom.<header>)`,
        input: f.field,
      });
    }
  }, evenWithOtherErrors);

export const TierSchema = z.strictObject({
  id,
  name: z.string().optional(),
  min: z.number().min(0).max(100),
});

export const TeamSchema = z.strictObject({
  id,
  name: z.string().trim().min(1),
  // A refine, not .int(): zod's int check aborts the parse, which would hide the playbook's other errors.
  addQuota: z.number().min(0, 'addQuota must be 0 or more').refine(Number.isInteger, 'addQuota must be a whole number'),
  scope: z.enum(['team', 'rep']).default('team'),
});

export const PERIODS = ['quarter', 'month', 'year', 'none'] as const;

/** An alert of spec §2/§5: fires for an account when `when` starts to pass (edge-triggered), on the TAL only or on all accounts. */
export const AlertSchema = z.strictObject({
  id,
  label: z.string().trim().min(1),
  when: RuleSchema,
  scope: z.enum(['tal', 'all']).default('tal'),
});

/** The segment health checklist's questions the data cannot answer (the reference's list), answered by a manager. */
export const HEALTH_QUESTIONS = [
  'differentiated',
  'resources',
  'best-opportunities',
  'unique-differentiation',
  'profitable',
  'growth',
  'scales',
  'pains-researched',
  'goals-known',
  'endorsed',
  'iterates',
] as const;
/** A manager's yes/no answers to HEALTH_QUESTIONS, with who and when: the playbook records who endorsed it (an extension of spec §2). */
export const HealthAnswersSchema = z.strictObject({
  answers: z.partialRecord(
    z.enum(HEALTH_QUESTIONS),
    z.strictObject({ answer: z.boolean(), by: z.string().min(1), at: z.iso.datetime({ offset: true }) }),
  ),
});

/** How the TAL is recertified each period: an account with no visit in `dormantDays` is flagged dormant. */
export const RecertifySchema = z.strictObject({ dormantDays: positive.default(90) });
export const DEFAULT_DORMANT_DAYS = 90;

type Path = (string | number)[];

/** Ids of a list, read defensively: this check also runs on documents with other errors. */
function idsOf(list: unknown): (string | undefined)[] {
  return Array.isArray(list) ? list.map((item) => (typeof item?.id === 'string' ? item.id : undefined)) : [];
}

function uniqueIds(list: unknown, path: Path, ctx: z.RefinementCtx, what: string) {
  const seen = new Map<string, number>();
  idsOf(list).forEach((itemId, i) => {
    if (itemId === undefined) return;
    const first = seen.get(itemId);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, i, 'id'],
        message: `duplicate ${what} id "${itemId}" (first at [${first}])`,
        input: itemId,
      });
    } else seen.set(itemId, i);
  });
}

function uniqueSegmentIds(list: unknown, path: Path, seen: Map<string, string>, ctx: z.RefinementCtx) {
  if (!Array.isArray(list)) return;
  list.forEach((segment: { id?: unknown; children?: unknown } | null, i) => {
    const here = [...path, i];
    const segmentId = segment?.id;
    if (typeof segmentId === 'string') {
      const first = seen.get(segmentId);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [...here, 'id'],
          message: `duplicate segment id "${segmentId}" (first at ${first})`,
          input: segmentId,
        });
      } else seen.set(segmentId, formatPath(here));
    }
    uniqueSegmentIds(segment?.children, [...here, 'children'], seen, ctx);
  });
}

/** The manager's playbook of spec §2, with every rule of the spec checked. */
export const PlaybookSchema = z
  .strictObject({
    version: z.literal(1, { error: 'version must be 1' }),
    name: z.string().trim().min(1),
    currency: z.string().trim().min(1).default('USD'),
    icp: z.strictObject({
      thresholds: z
        .strictObject({ fit: unit, partial: unit })
        .refine((t) => t.partial <= t.fit, { message: 'partial threshold must not exceed fit', path: ['partial'] })
        .default({ fit: 0.8, partial: 0.5 }),
      minCoverage: unit.default(0.5),
      criteria: z.array(CriterionSchema),
    }),
    segments: z
      .strictObject({ assign: z.enum(['first', 'all']).default('first'), list: z.array(SegmentSchema) })
      .default({ assign: 'first', list: [] }),
    priority: z.strictObject({ factors: z.array(FactorSchema), tiers: z.array(TierSchema) }).default({ factors: [], tiers: [] }),
    tal: z
      .strictObject({ period: z.enum(PERIODS).default('quarter'), teams: z.array(TeamSchema), recertify: RecertifySchema.optional() })
      .default({ period: 'quarter', teams: [] }),
    alerts: z.array(AlertSchema).optional(),
    health: HealthAnswersSchema.optional(),
  })
  .superRefine(
    (p, ctx) => {
      uniqueIds(p?.icp?.criteria, ['icp', 'criteria'], ctx, 'criterion');
      uniqueIds(p?.priority?.factors, ['priority', 'factors'], ctx, 'factor');
      uniqueIds(p?.priority?.tiers, ['priority', 'tiers'], ctx, 'tier');
      uniqueIds(p?.tal?.teams, ['tal', 'teams'], ctx, 'team');
      uniqueIds(p?.alerts, ['alerts'], ctx, 'alert');
      uniqueSegmentIds(p?.segments?.list, ['segments', 'list'], new Map(), ctx);
    },
    // Run even when other parts failed, so that every error is listed at once.
    { when: () => true },
  );

export type Playbook = z.infer<typeof PlaybookSchema>;
export type PlaybookInput = z.input<typeof PlaybookSchema>;
export type Criterion = z.infer<typeof CriterionSchema>;
export type Factor = z.infer<typeof FactorSchema>;
export type Tier = z.infer<typeof TierSchema>;
export type Team = z.infer<typeof TeamSchema>;
export type Alert = z.infer<typeof AlertSchema>;
export type Period = (typeof PERIODS)[number];
