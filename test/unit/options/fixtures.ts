import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ReviewItem } from '@/entrypoints/options/review/review-item';
import { compilePlaybook } from '@/lib/rules/compile-playbook';
import { type Account, AccountSchema } from '@/lib/schema/account';
import { parsePlaybook } from '@/lib/schema/load-playbook';
import type { Playbook } from '@/lib/schema/playbook';
import type { Proposal } from '@/lib/schema/proposal';

const EXAMPLES = path.resolve(import.meta.dirname, '../../fixtures/examples');

export const NOW = Date.parse('2026-11-23T00:00:00Z');

/** The example playbook document as written (before defaults), read from test/fixtures; fails loudly if absent. */
export function examplePlaybookDocument(): unknown {
  return JSON.parse(readFileSync(path.join(EXAMPLES, 'playbook.json'), 'utf8'));
}

/** The example playbook, checked. */
export function examplePlaybook(): Playbook {
  const parsed = parsePlaybook(examplePlaybookDocument());
  if (!parsed.ok) throw new Error(`example playbook is invalid: ${parsed.errors.join('; ')}`);
  return parsed.playbook;
}

const account = (fields: Record<string, unknown>): Account => AccountSchema.parse(fields);

/** Three accounts of the demo data, as in test/fixtures/examples/accounts.csv. */
export const ACCOUNTS: Account[] = [
  account({
    id: 'A003',
    name: 'Fabrikam Software',
    domain: 'fabrikam.io',
    industry: 'Software',
    employees: 1800,
    annualRevenue: 240000000,
    customerType: 'prospect',
    qualificationScore: 74,
    intentScore: 81,
    engagementScore: 55,
    pageViews90d: 12,
    ownerId: 'rep-ka-2',
    team: 'ka',
  }),
  account({
    id: 'A007',
    name: 'Litware Analytics',
    domain: 'litware.ai',
    industry: 'Software',
    employees: 420,
    annualRevenue: 48000000,
    customerType: 'prospect',
    qualificationScore: 77,
    intentScore: 70,
    intentTopics: ['sales intelligence'],
    engagementScore: 60,
    pageViews90d: 9,
    ownerId: 'rep-mm-1',
    team: 'mm',
  }),
  account({
    id: 'A013',
    name: 'Trey Research',
    domain: 'treyresearch.net',
    industry: 'IT Services',
    employees: 310,
    annualRevenue: 27000000,
    customerType: 'prospect',
    qualificationScore: 68,
    intentScore: 55,
    engagementScore: 48,
    pageViews90d: 5,
    ownerId: 'rep-mm-1',
    team: 'mm',
  }),
  account({
    id: 'A008',
    name: 'Proseware',
    domain: 'proseware.co.uk',
    industry: 'IT Services',
    employees: 260,
    annualRevenue: 31000000,
    customerType: 'customer',
    qualificationScore: 80,
    ownerId: 'rep-mm-1',
    team: 'mm',
    onTal: true,
  }),
];

/** A proposal with sensible defaults. */
export function proposal(fields: Partial<Proposal> & Pick<Proposal, 'id' | 'accountId'>): Proposal {
  return {
    type: 'add',
    reason: 'Strong intent this month',
    status: 'pending',
    proposerId: 'rep-ka-2',
    team: 'ka',
    createdAt: '2026-11-20T09:00:00Z',
    ...fields,
  };
}

/** Review items as the Review section builds them: each with its account and its ICP result now. */
export function reviewItems(proposals: readonly Proposal[], playbook = examplePlaybook()): ReviewItem[] {
  const compiled = compilePlaybook(playbook);
  return proposals.map((p) => {
    const found = ACCOUNTS.find((a) => a.id === p.accountId);
    return { proposal: p, account: found, current: found ? compiled.evaluate(found, {}, NOW) : undefined };
  });
}
