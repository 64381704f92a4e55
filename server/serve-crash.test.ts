import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ProposalSchema } from '../lib/schema/proposal';
import { type ChildServer, killHard, spawnServer } from './testing/child-server';
import { minimalPlaybook, someAccounts } from './testing/harness';

const QUOTA = 20;
const ATTEMPTS = 60;

async function call(url: string, token: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('tal serve: first-start admin token, and SIGKILL in the middle of writes (PGlite)', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it('restarts on the same data folder with no partial proposal, every answered one kept, and exact quota counts', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'tal-crash-'));
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
    const start = async (): Promise<ChildServer> => {
      const server = await spawnServer(dataDir, { TAL_ADMIN_TOKEN: '' });
      cleanup.push(() => killHard(server.child));
      return server;
    };

    // The first start prints the admin token once; the restart prints none, and the token still works.
    const first = await start();
    const ADMIN = first.adminToken ?? '';
    expect(ADMIN).toMatch(/^tal_[A-Za-z0-9_-]{43}$/);
    await call(first.url, ADMIN, 'PUT', '/api/playbook', minimalPlaybook([{ id: 'emea', name: 'EMEA', addQuota: QUOTA }]));
    await call(first.url, ADMIN, 'PUT', '/api/accounts', someAccounts(ATTEMPTS));
    const rep = (await call(first.url, ADMIN, 'POST', '/api/members', { name: 'Rita', role: 'rep', team: 'emea' })).body as {
      token: string;
    };
    const requests = someAccounts(ATTEMPTS).map((a, i) => ({
      key: `key-${i}`,
      body: { type: 'add', accountId: a.id, reason: 'crash test' },
    }));

    // Fire every add at once and kill the server as soon as a few have been answered.
    const acknowledged = new Map<string, string>();
    let killed: Promise<void> | undefined;
    const send = requests.map(async ({ key, body }) => {
      const answer = await call(first.url, rep.token, 'POST', '/api/proposals', body, { 'idempotency-key': key }).catch(() => undefined);
      if (answer?.status === 201) acknowledged.set(key, (answer.body as { id: string }).id);
      if (acknowledged.size >= 5 && killed === undefined) killed = killHard(first.child);
    });
    await Promise.all(send);
    await (killed ?? killHard(first.child));
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(acknowledged.size).toBeGreaterThanOrEqual(5);

    const second = await start();
    expect(second.adminToken).toBeUndefined();
    const stored = z.array(ProposalSchema).parse((await call(second.url, ADMIN, 'GET', '/api/proposals')).body);
    // Every answered proposal survived, and nothing half-written is there.
    expect(stored.map((p) => p.id)).toEqual(expect.arrayContaining([...acknowledged.values()]));
    expect(stored.every((p) => p.status === 'pending' && p.reason === 'crash test' && p.team === 'emea')).toBe(true);
    expect(stored.length).toBeLessThanOrEqual(QUOTA);
    expect((await call(second.url, rep.token, 'GET', '/api/quota')).body).toMatchObject({ used: stored.length, limit: QUOTA });

    // The rep's client retries everything with the same keys: answered ones come back unchanged, the quota fills exactly.
    const retried = await Promise.all(
      requests.map(({ key, body }) => call(second.url, rep.token, 'POST', '/api/proposals', body, { 'idempotency-key': key })),
    );
    const retriedIds = new Map(requests.map(({ key }, i) => [key, (retried[i]?.body as { id?: string } | undefined)?.id]));
    for (const [key, id] of acknowledged) expect(retriedIds.get(key)).toBe(id);
    expect(retried.filter((a) => a.status === 201)).toHaveLength(QUOTA);
    expect(retried.filter((a) => a.status === 409)).toHaveLength(ATTEMPTS - QUOTA);
    const after = z.array(ProposalSchema).parse((await call(second.url, ADMIN, 'GET', '/api/proposals')).body);
    expect(after).toHaveLength(QUOTA);
    expect(new Set(after.map((p) => p.accountId)).size).toBe(QUOTA);
    expect((await call(second.url, rep.token, 'GET', '/api/quota')).body).toMatchObject({ used: QUOTA, limit: QUOTA });
  }, 120_000);
});
