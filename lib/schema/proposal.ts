import { z } from 'zod';

export const PROPOSAL_TYPES = ['add', 'remove'] as const;
export const PROPOSAL_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;

/** What a rep submits (spec §6 `POST /api/proposals`). */
export const ProposalInputSchema = z.strictObject({
  type: z.enum(PROPOSAL_TYPES),
  accountId: z.string().trim().min(1, 'accountId is required'),
  reason: z.string().trim().min(1, 'a reason is required').max(2000),
});

/** The ICP result and segment captured when the proposal was made, shown to the reviewer. */
export const EvidenceSchema = z.object({
  verdict: z.enum(['fit', 'partial', 'no-fit', 'needs-data']),
  score: z.number().nullable(),
  coverage: z.number(),
  segments: z.array(z.string()),
  priorityScore: z.number().nullable().optional(),
  tier: z.string().nullable().optional(),
  criteria: z.array(z.object({ id: z.string(), status: z.string() })).optional(),
  /** The proposer's yes/no answers to the playbook's manual criteria, with their descriptions, as they were when proposed. */
  judgments: z
    .array(z.object({ id: z.string(), answer: z.boolean(), note: z.string().max(2000).optional() }))
    .max(200)
    .optional(),
});

/** A proposal to add an account to the TAL or remove it (spec §6), plus its decision. */
export const ProposalSchema = z.object({
  id: z.string().min(1),
  type: z.enum(PROPOSAL_TYPES),
  accountId: z.string().min(1),
  reason: z.string().min(1),
  status: z.enum(PROPOSAL_STATUSES),
  proposerId: z.string().min(1),
  team: z.string().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  decidedAt: z.iso.datetime({ offset: true }).optional(),
  deciderId: z.string().optional(),
  note: z.string().optional(),
  evidence: EvidenceSchema.optional(),
  /** Who proposed and who decided, by name (spec §6), so no screen shows a bare member id. */
  proposerName: z.string().optional(),
  deciderName: z.string().optional(),
  /**
   * The account's name and domain when it was proposed: a proposal outlives the account data it was
   * made on (a later import may lack the account), and still says what it was about.
   */
  accountName: z.string().optional(),
  accountDomain: z.string().optional(),
});

/** The body of `POST /api/proposals`: spec §6's fields plus, optionally, the evidence the rep saw. */
export const ProposalRequestSchema = ProposalInputSchema.extend({ evidence: EvidenceSchema.optional() });
export type ProposalRequest = z.infer<typeof ProposalRequestSchema>;

export const DecisionSchema = z.strictObject({
  decision: z.enum(['approve', 'reject']),
  note: z.string().max(2000).optional(),
});

export type ProposalInput = z.infer<typeof ProposalInputSchema>;
export type Proposal = z.infer<typeof ProposalSchema>;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Decision = z.infer<typeof DecisionSchema>;
