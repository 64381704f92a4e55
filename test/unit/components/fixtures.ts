import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compilePlaybook } from '@/lib/rules';
import type { AccountAnswers } from '@/lib/rules/answers';
import { type Account, AccountSchema } from '@/lib/schema/account';
import { parsePlaybook } from '@/lib/schema/load-playbook';
import type { Playbook } from '@/lib/schema/playbook';

const EXAMPLES = path.resolve(import.meta.dirname, '../../fixtures/examples');

/** The shared example playbook (the worksheet of the reference), read from test/fixtures; fails loudly if absent or invalid. */
export function examplePlaybook(): Playbook {
  const parsed = parsePlaybook(JSON.parse(readFileSync(path.join(EXAMPLES, 'playbook.json'), 'utf8')));
  if (!parsed.ok) throw new Error(`example playbook is invalid: ${parsed.errors.join('; ')}`);
  return parsed.playbook;
}

/** Fabrikam Software, the demo's engaged prospect: every rule criterion passes, the manual ones are open. */
export const fabrikam: Account = AccountSchema.parse({
  id: 'A003',
  name: 'Fabrikam Software',
  domain: 'fabrikam.io',
  industry: 'Software',
  employees: 1800,
  annualRevenue: 240000000,
  country: 'DE',
  region: 'BE',
  city: 'Berlin',
  customerType: 'prospect',
  journeyStage: 'engaged',
  qualificationScore: 74,
  intentScore: 81,
  intentTopics: ['account-based marketing', 'crm'],
  engagementScore: 55,
  pageViews90d: 12,
  lastVisitAt: '2026-11-20',
  ownerId: 'rep-ka-2',
  team: 'ka',
  onTal: false,
});

/** A company the rep knows little about: only a name and a domain. */
export const bare: Account = AccountSchema.parse({ id: 'X1', name: 'Bare Co', domain: 'bare.example' });

export const NOW = Date.parse('2026-11-23T00:00:00Z');

/** The real evaluation of an account under the example playbook. */
export function evaluate(account: Account, answers: AccountAnswers = {}) {
  return compilePlaybook(examplePlaybook()).evaluate(account, answers, NOW);
}
