import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createTalDb, type TalDb } from '@/lib/db';
import type { Account } from '@/lib/schema/account';
import type { Member } from '@/lib/schema/member';
import type { TeamServer } from '@/lib/settings/team';
import type { FetchLike } from '@/lib/sync/client';
import type { Db } from '@/server/db/types';
import { openTestDb, truncateAll } from '@/server/testing/databases';
import { type Harness, harness } from '@/server/testing/harness';

/** The address the extension is told; requests go to the app in-process, never to a socket. */
export const SERVER_URL = 'http://127.0.0.1:8787';

/** Three accounts of the team: two prospects and one already on the TAL. */
export const TEAM_ACCOUNTS: Account[] = [
  { id: 'A1', name: 'Fabrikam Software', domain: 'fabrikam.io', customerType: 'prospect' },
  { id: 'A2', name: 'Litware Analytics', domain: 'litware.ai', customerType: 'prospect' },
  { id: 'A3', name: 'Northwind Retail', domain: 'northwind.com', onTal: true },
];

/** The real team server (Hono app on in-memory PGlite) with a fetch that can be cut, as a network outage would. */
export type TeamServerFixture = {
  h: Harness;
  /** Sends requests to the app while `up`; throws as fetch does when the server is unreachable otherwise. */
  fetch: FetchLike;
  setUp(up: boolean): void;
  /** A member created by the admin, as the extension stores it after connecting. */
  connect(role: Member['role'], team?: string, name?: string): Promise<TeamServer>;
  /** Proposals stored by the server, counted in its database. */
  proposalCount(): Promise<number>;
};

/** Opens one PGlite database for a test file; `fresh` empties it and sets up the team for each test. */
export async function openServerDb(): Promise<Db> {
  return openTestDb('pglite');
}

/** Empties the server's database and sets up a team `ka` (add quota 2 a quarter) with the three accounts. */
export async function freshTeamServer(db: Db, quota = 2): Promise<TeamServerFixture> {
  await truncateAll(db);
  const h = await harness(db);
  await h.playbook([{ id: 'ka', name: 'Key accounts', addQuota: quota }]);
  await h.accounts(TEAM_ACCOUNTS);
  let up = true;
  const fetch: FetchLike = async (url, init) => {
    if (!up) throw new TypeError('fetch failed: connect ECONNREFUSED 127.0.0.1:8787');
    return h.app.request(url, init);
  };
  return {
    h,
    fetch,
    setUp: (value) => {
      up = value;
    },
    async connect(role, team = 'ka', name) {
      const { member, token } = await h.member(role, role === 'admin' ? null : team, name);
      return { url: SERVER_URL, token, member, connectedAt: '2026-11-23T09:00:00.000Z' };
    },
    async proposalCount() {
      return (await db.query('SELECT id FROM proposals')).length;
    },
  };
}

/** A fresh extension database in fake-indexeddb. */
export function freshExtensionDb(): TalDb {
  return createTalDb(`team-${crypto.randomUUID()}`);
}

/** Closes and deletes an extension database. */
export async function dropExtensionDb(db: TalDb) {
  db.close();
  await db.delete();
}

/** Registers a suite's hooks: one server database for the file, a fresh team before each test. */
export function withTeamServer(onFresh: (team: TeamServerFixture) => void, quota?: number) {
  let db: Db;
  beforeAll(async () => {
    db = await openServerDb();
  }, 60_000);
  afterAll(async () => {
    await db.close();
  });
  beforeEach(async () => {
    onFresh(await freshTeamServer(db, quota));
  });
}
