import { minimalPlaybook } from '../testing/harness';

/** The teams of the load run: big quotas so most adds succeed, and one small quota that must hold. */
export const LOAD_TEAMS = [
  { id: 'north', name: 'North', addQuota: 1_000_000 },
  { id: 'south', name: 'South', addQuota: 1_000_000 },
  { id: 'east', name: 'East', addQuota: 1_000_000 },
  { id: 'small', name: 'Small', addQuota: 25 },
];

/** The playbook put before the run. */
export const LOAD_PLAYBOOK = minimalPlaybook(LOAD_TEAMS, 'quarter');

/** Accounts for the run: enough that every add names a fresh one. */
export function loadAccounts(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    id: `load-${i}`,
    name: `Load Test Company ${i}`,
    industry: 'Software',
    employees: 50 + (i % 900),
  }));
}
