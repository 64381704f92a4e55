import type { Account } from '../../lib/schema/account';
import type { Member, Role } from '../../lib/schema/member';
import type { PlaybookInput } from '../../lib/schema/playbook';
import { createApp } from '../app';
import { ensureAdmin } from '../bootstrap-admin';
import type { Db } from '../db/types';
import { silentLogger } from '../logger';
import { type TestClock, testClock } from './clock';

/** What one request answered. */
export interface Answer {
  status: number;
  body: unknown;
  headers: Headers;
}

/** Sends requests with one bearer token (or none) to the app, without a socket. */
export interface Caller {
  get(path: string): Promise<Answer>;
  send(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown, headers?: Record<string, string>): Promise<Answer>;
}

/** The app under test on one database, with an admin and helpers to set up members, playbook and accounts. */
export interface Harness {
  app: ReturnType<typeof createApp>;
  db: Db;
  clock: TestClock;
  admin: Caller;
  as(token: string | undefined): Caller;
  member(role: Role, team: string | null, name?: string): Promise<{ member: Member; token: string; call: Caller }>;
  playbook(teams: NonNullable<PlaybookInput['tal']>['teams'], period?: 'quarter' | 'month' | 'year' | 'none'): Promise<void>;
  accounts(accounts: Account[]): Promise<void>;
}

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

/** Builds the app on `db` (already migrated and emptied) with a clock at `now`. */
export async function harness(db: Db, now = '2026-11-23T09:00:00.000Z'): Promise<Harness> {
  const clock = testClock(now);
  await ensureAdmin(db, ADMIN_TOKEN, clock.now());
  const app = createApp({ db, clock: clock.now, logger: silentLogger });
  const as = (token: string | undefined): Caller => {
    const auth: Record<string, string> = token === undefined ? {} : { authorization: `Bearer ${token}` };
    const answer = async (response: Response): Promise<Answer> => {
      const text = await response.text();
      return { status: response.status, body: text === '' ? undefined : JSON.parse(text), headers: response.headers };
    };
    return {
      get: async (path) => answer(await app.request(path, { headers: auth })),
      send: async (method, path, body, headers = {}) =>
        answer(
          await app.request(path, {
            method,
            headers: { ...auth, 'content-type': 'application/json', ...headers },
            ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
          }),
        ),
    };
  };
  const admin = as(ADMIN_TOKEN);
  const expectOk = (what: string, answer: Answer) => {
    if (answer.status >= 300) throw new Error(`${what} failed: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer;
  };
  return {
    app,
    db,
    clock,
    admin,
    as,
    async member(role, team, name = `${role} ${team ?? ''}`.trim()) {
      const created = expectOk('creating a member', await admin.send('POST', '/api/members', { name, role, ...(team ? { team } : {}) }));
      const { token, ...member } = created.body as Member & { token: string };
      return { member, token, call: as(token) };
    },
    async playbook(teams, period = 'quarter') {
      expectOk('putting the playbook', await admin.send('PUT', '/api/playbook', minimalPlaybook(teams, period)));
    },
    async accounts(accounts) {
      expectOk('uploading accounts', await admin.send('PUT', '/api/accounts', accounts));
    },
  };
}

/** The smallest valid playbook with these TAL teams. */
export function minimalPlaybook(
  teams: NonNullable<PlaybookInput['tal']>['teams'],
  period: 'quarter' | 'month' | 'year' | 'none' = 'quarter',
) {
  return { version: 1, name: 'Test playbook', icp: { criteria: [] }, tal: { period, teams } };
}

/** `n` accounts named acc-1 … acc-n. */
export function someAccounts(n: number, extra: Partial<Account> = {}): Account[] {
  return Array.from({ length: n }, (_, i) => ({ id: `acc-${i + 1}`, name: `Account ${i + 1}`, ...extra }));
}
