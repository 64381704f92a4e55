import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CommandIo } from '../../cli/io';
import { main } from '../../cli/tal';
import { companyPage, type ExtensionSession, launchExtension } from './harness';

/** A member id as the server makes them: never to be shown where a name is known. */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
const ROOT = path.resolve(import.meta.dirname, '../..');
const ADMIN_TOKEN = `e2e-admin-${crypto.randomUUID()}`;
const PENDING_BY_YOU = /^Proposed for the TAL by you on .+, waiting for a manager of Key accounts\.$/;
const PROSPECT = { url: 'https://fabrikam.io/', name: 'Fabrikam Software', id: 'A003' };
const OFFLINE_PROSPECT = { url: 'https://litware.ai/', name: 'Litware Analytics', id: 'A007' };

/** A `tal serve` process on a fixed loopback port, so it can be stopped and started again at the same address. */
type TalServe = { child: ChildProcess; url: string };

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise((done) => probe.close(done));
  return port;
}

/** Starts `tal serve` as an admin would (`npm run --silent tal -- serve`), resolving once it prints that it listens. */
function startTalServe(dataDir: string, port: number): Promise<TalServe> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'cli/tal.ts', 'serve', '--port', String(port), '--data', dataDir], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', TAL_ADMIN_TOKEN: ADMIN_TOKEN },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`tal serve exited with ${code}: ${err}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.includes('"listening"'));
      if (line === undefined) return;
      child.removeAllListeners('exit');
      resolve({ child, url: (JSON.parse(line) as { listening: string }).listening });
    });
  });
}

/** Stops the server as Ctrl+C does and waits until it is gone. */
function stopTalServe(server: TalServe): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    server.child.once('exit', () => done());
    server.child.kill('SIGTERM');
  });
}

/** One person on the team: their browser profile and the token the admin made for them. */
type Person = { session: ExtensionSession; token: string; options?: Page };

/** Calls the team server as the admin. */
async function asAdmin(server: TalServe, method: string, route: string, body?: unknown) {
  const response = await fetch(`${server.url}${route}`, {
    method,
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<Record<string, unknown>>;
}

/** Runs `tal` in-process, as an admin types it. */
async function tal(argv: string[]) {
  let out = '';
  let err = '';
  const io: CommandIo = {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    readFile: async (file) => readFileSync(path.resolve(ROOT, file), 'utf8'),
    env: {},
  };
  const code = await main(argv, io);
  if (code !== 0) throw new Error(`tal ${argv[0]} exited ${code}: ${err}`);
  return JSON.parse(out) as Record<string, unknown>;
}

/** Opens the Team section, enters the server and token, and waits for the first sync to finish. */
async function connect(person: Person, serverUrl: string) {
  const options = await person.session.openExtensionPage('options.html#team');
  await options.getByLabel('Server address').fill(serverUrl);
  await options.getByLabel('Your token').fill(person.token);
  await options.getByRole('button', { name: 'Connect' }).click();
  await expect.poll(() => options.getByTestId('sync-status').getAttribute('data-state'), { timeout: 30_000 }).toBe('synced');
  person.options = options;
  return options;
}

/** Presses "Sync now" in the Team section and waits until the status says synced again. */
async function syncNow(options: Page) {
  await options.goto(options.url().replace(/#.*$/, '#team'));
  const status = options.getByTestId('sync-status');
  await expect.poll(() => status.getAttribute('data-state'), { timeout: 30_000 }).toBe('synced');
  const before = await status.getAttribute('data-last-sync');
  await options.getByRole('button', { name: 'Sync now' }).click();
  // Done when a newer sync has gone through, whatever the alarm did meanwhile.
  await expect.poll(() => status.getAttribute('data-last-sync'), { timeout: 30_000 }).not.toBe(before);
  await expect.poll(() => status.getAttribute('data-state')).toBe('synced');
}

describe('offline-first team sync in Chromium: a rep and a manager on two browsers and one team server', () => {
  let server: TalServe;
  let dataDir: string;
  let port: number;
  const rep: Person = { session: undefined as unknown as ExtensionSession, token: '' };
  const lead: Person = { session: undefined as unknown as ExtensionSession, token: '' };

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'tal-e2e-server-'));
    port = await freePort();
    server = await startTalServe(dataDir, port);
    await vi.waitFor(async () => expect((await fetch(`${server.url}/api/health`)).status).toBe(200), { timeout: 30_000, interval: 200 });

    await asAdmin(server, 'PUT', '/api/playbook', JSON.parse(readFileSync(path.join(ROOT, 'public/demo/playbook.json'), 'utf8')));
    const imported = await tal(['import', '--accounts', 'public/demo/accounts.csv', '--server', server.url, '--token', ADMIN_TOKEN]);
    expect(imported).toMatchObject({ uploaded: { accounts: 22 } });
    rep.token = String((await asAdmin(server, 'POST', '/api/members', { name: 'Rita Rep', role: 'rep', team: 'ka' })).token);
    lead.token = String((await asAdmin(server, 'POST', '/api/members', { name: 'Lena Lead', role: 'manager', team: 'ka' })).token);

    for (const person of [rep, lead]) {
      person.session = await launchExtension();
      // The harness refuses every request to the network; the team server on loopback is let through.
      await person.session.context.route(
        (url) => url.origin === server.url,
        (route) => route.continue(),
      );
    }
    await rep.session.serve({ url: PROSPECT.url, html: companyPage(PROSPECT.name) });
    await rep.session.serve({ url: OFFLINE_PROSPECT.url, html: companyPage(OFFLINE_PROSPECT.name) });
  });

  afterAll(async () => {
    await rep.session?.close();
    await lead.session?.close();
    if (server) await stopTalServe(server);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('connects each browser in its Team section and shows who is signed in', async () => {
    const repOptions = await connect(rep, server.url);
    await expect.poll(() => repOptions.getByTestId('team-member').textContent()).toContain('Signed in as Rita Rep — rep, team ka');
    const leadOptions = await connect(lead, server.url);
    await expect.poll(() => leadOptions.getByTestId('team-member').textContent()).toContain('Signed in as Lena Lead — manager, team ka');
  });

  it('the rep proposes the prospect from the panel; the server has it exactly once', async () => {
    const panel = await rep.session.openExtensionPage('sidepanel.html');
    const site = await rep.session.context.newPage();
    await site.goto(PROSPECT.url);
    await site.bringToFront();
    await expect.poll(() => panel.getByTestId('verdict').getAttribute('data-account-id'), { timeout: 30_000 }).toBe(PROSPECT.id);
    await expect.poll(() => panel.getByTestId('tal-status').textContent()).toBe('Not on the TAL.');
    await expect.poll(() => panel.getByTestId('quota-meter').textContent()).toContain('0 of 15 used this quarter');

    // A judgment first: it travels with the proposal to the manager's card.
    await panel.getByRole('button', { name: /^Your judgments/ }).click();
    await panel.getByRole('group', { name: 'We offer a product they need' }).getByRole('radio', { name: 'Yes' }).check();
    await panel.getByTestId('propose').click();
    await panel.getByLabel('Reason').fill('Evaluating ABM tools this quarter');
    await panel.getByRole('button', { name: 'Send proposal' }).click();
    await expect.poll(() => panel.getByText('Proposal sent for review.').count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => panel.getByTestId('tal-status').textContent()).toMatch(PENDING_BY_YOU);
    await expect.poll(() => panel.getByTestId('quota-meter').textContent()).toContain('1 of 15 used this quarter');

    const proposals = (await asAdmin(server, 'GET', '/api/proposals')) as unknown as { accountId: string; status: string }[];
    expect(proposals).toMatchObject([{ accountId: PROSPECT.id, status: 'pending' }]);
  });

  it('the manager syncs, approves it in Review, and the rep’s panel shows it on the TAL after the rep’s sync', async () => {
    const leadOptions = lead.options!;
    await syncNow(leadOptions);
    await leadOptions.goto(leadOptions.url().replace(/#.*$/, '#review'));
    const card = leadOptions.getByRole('article', { name: new RegExp(PROSPECT.name) });
    await expect.poll(() => card.textContent(), { timeout: 30_000 }).toContain('Evaluating ABM tools this quarter');
    // People by name, never by member id: the card, and the rep filter.
    expect(await card.textContent()).toContain('Proposed by Rita Rep');
    // The rep's judgment, beside the data evidence.
    const judgments = card.getByRole('region', { name: 'Rita Rep’s judgments when proposing' });
    expect(await judgments.innerText()).toContain('We offer a product they need: yes');
    expect(await leadOptions.getByLabel('Rep').locator('option').allTextContents()).toEqual(['Any', 'Rita Rep']);
    expect(await leadOptions.locator('main').innerText()).not.toMatch(UUID);
    await leadOptions.getByRole('button', { name: `Approve ${PROSPECT.name}` }).click();
    await expect.poll(() => leadOptions.getByTestId('review-outcomes').textContent()).toContain(`${PROSPECT.name}: approved.`);

    // The TAL section: the change log and the quota per rep name both people.
    await leadOptions.goto(leadOptions.url().replace(/#.*$/, '#tal'));
    const log = leadOptions.getByTestId('tal-log');
    await expect.poll(() => log.locator('tbody tr').first().innerText(), { timeout: 30_000 }).toMatch(/Rita Rep[\s\S]*Lena Lead/);
    const reps = leadOptions.getByRole('table', { name: 'Adds per rep' });
    await expect.poll(() => reps.innerText()).toContain('Rita Rep (Key accounts)');
    expect(await leadOptions.locator('main').innerText()).not.toMatch(UUID);
    await leadOptions.screenshot({ path: path.join(ROOT, 'test/e2e/screenshots/team-tal-names.png'), fullPage: true });

    // Recertification: the manager keeps two of the team's TAL accounts in bulk, with a reason; the log says so.
    await leadOptions.goto(leadOptions.url().replace(/#.*$/, '#recertify'));
    const table = leadOptions.getByTestId('recertify-table');
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(1);
    const firstTwo = await table.locator('tbody th').evaluateAll((cells) => cells.slice(0, 2).map((cell) => cell.textContent ?? ''));
    for (const name of firstTwo) await leadOptions.getByRole('checkbox', { name: `Choose ${name}` }).check();
    await leadOptions.getByRole('textbox', { name: 'Reason' }).fill('QBR reviewed: both in active cycles');
    await leadOptions.getByRole('button', { name: 'Keep for this period' }).click();
    await expect
      .poll(() => leadOptions.getByRole('status').first().textContent(), { timeout: 30_000 })
      .toMatch(/^Kept 2 accounts for \d{4}-Q\d\.$/);
    await expect.poll(() => leadOptions.getByTestId('recertify-progress').textContent()).toMatch(/^2 of \d+ confirmed this period/);
    await leadOptions.screenshot({ path: path.join(ROOT, 'test/e2e/screenshots/team-recertify.png'), fullPage: true });
    const kept = (await asAdmin(server, 'GET', '/api/recertifications')) as { records: { accountId: string; actorName: string }[] };
    expect(kept.records.map((r) => r.actorName)).toEqual(['Lena Lead', 'Lena Lead']);
    await leadOptions.goto(leadOptions.url().replace(/#.*$/, '#tal'));
    const keptLine = leadOptions
      .getByTestId('tal-log')
      .locator('tbody tr', { hasText: 'Kept (' })
      .filter({ hasText: firstTwo[0] as string });
    await expect.poll(() => keptLine.count(), { timeout: 30_000 }).toBe(1);
    expect(await keptLine.innerText()).toMatch(/Lena Lead[\s\S]*QBR reviewed: both in active cycles/);

    const panel = rep.session.context.pages().find((page) => page.url().endsWith('sidepanel.html'))!;
    await syncNow(rep.options!);
    await expect
      .poll(() => panel.getByTestId('tal-status').textContent(), { timeout: 30_000 })
      .toMatch(/^On the TAL since .+, approved by .+\.$/);
    await expect.poll(() => panel.locator('.my-proposals li').first().getAttribute('data-status')).toBe('approved');
    const approved = (await asAdmin(server, 'GET', '/api/proposals')) as unknown as { status: string }[];
    expect(approved).toMatchObject([{ status: 'approved' }]);
  });

  it('a team sync that raises an account’s intent notifies its owner once; a later sync where it still passes does not again', async () => {
    const hot = { id: 'E2E-HOT', name: 'Hotcake Corp', domain: 'hotcake.example', team: 'ka', onTal: true, ownerId: 'Rita Rep' };
    await asAdmin(server, 'PUT', '/api/accounts', [{ ...hot, intentScore: 20 }]);
    await syncNow(rep.options!);
    const worker = rep.session.context.serviceWorkers()[0]!;
    const shown = () =>
      worker.evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: { notifications: { getAll(): Promise<Record<string, boolean>> } } };
        return Object.keys(await chrome.notifications.getAll());
      });
    expect(await shown()).toEqual([]);

    await asAdmin(server, 'PUT', '/api/accounts', [{ ...hot, intentScore: 92 }]);
    await syncNow(rep.options!);
    await expect.poll(shown, { timeout: 30_000 }).toHaveLength(1);
    const panel = rep.session.context.pages().find((page) => page.url().endsWith('sidepanel.html'))!;
    const alerts = panel.getByTestId('alerts');
    await expect.poll(() => alerts.getByRole('heading').textContent(), { timeout: 30_000 }).toBe('Alerts · 1 new');
    await alerts.getByRole('heading').click();
    await expect.poll(() => alerts.innerText()).toContain('Intent score reached 70 — Hotcake Corp');

    // New data in which the alert still passes: scanned again, nothing rings twice (edge-triggered).
    const scans = () =>
      worker.evaluate(async () => {
        const { chrome } = globalThis as unknown as {
          chrome: { storage: { session: { get(key: string): Promise<Record<string, number>> } } };
        };
        return (await chrome.storage.session.get('alertScans')).alertScans ?? 0;
      });
    const before = await scans();
    await asAdmin(server, 'PUT', '/api/accounts', [{ ...hot, intentScore: 95 }]);
    await syncNow(rep.options!);
    await expect.poll(scans, { timeout: 30_000 }).toBeGreaterThan(before);
    expect(await shown()).toHaveLength(1);
    expect(await alerts.getByRole('heading').textContent()).toBe('Alerts · 1 new');
    await panel.screenshot({ path: path.join(ROOT, 'test/e2e/screenshots/team-alert.png') });
  });

  it('a proposal made while the server is down waits, says so, and arrives exactly once when the server is back', async () => {
    await stopTalServe(server);
    const panel = rep.session.context.pages().find((page) => page.url().endsWith('sidepanel.html'))!;
    const site = await rep.session.context.newPage();
    await site.goto(OFFLINE_PROSPECT.url);
    await site.bringToFront();
    await expect.poll(() => panel.getByTestId('verdict').getAttribute('data-account-id'), { timeout: 30_000 }).toBe(OFFLINE_PROSPECT.id);
    await panel.getByTestId('propose').click();
    await panel.getByLabel('Reason').fill('Asked for a demo at the webinar');
    await panel.getByRole('button', { name: 'Send proposal' }).click();
    await expect.poll(() => panel.getByText('Saved offline; it will be sent when the team server is reachable.').count()).toBe(1);
    await expect.poll(() => panel.getByTestId('tal-status').textContent()).toMatch(PENDING_BY_YOU);

    const options = rep.options!;
    await options.goto(options.url().replace(/#.*$/, '#team'));
    const status = options.getByTestId('sync-status');
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain('Offline — 1 proposal waiting.');

    server = await startTalServe(dataDir, port);
    await options.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 30_000 }).toBe('synced');
    // One more sync must not send it again.
    await syncNow(options);
    const proposals = (await asAdmin(server, 'GET', '/api/proposals')) as unknown as { accountId: string }[];
    expect(proposals.filter((p) => p.accountId === OFFLINE_PROSPECT.id)).toHaveLength(1);
    await expect.poll(() => panel.locator('.my-proposals li[data-status="pending"]').count()).toBe(1);
  });

  it('an admin adds a rep in the options page; the rep connects with the token shown; once revoked, the rep’s next sync says so', async () => {
    const admin: Person = { session: await launchExtension(), token: ADMIN_TOKEN };
    const newcomer: Person = { session: await launchExtension(), token: '' };
    try {
      for (const person of [admin, newcomer]) {
        await person.session.context.route(
          (url) => url.origin === server.url,
          (route) => route.continue(),
        );
      }
      const adminOptions = await connect(admin, server.url);
      const members = adminOptions.getByTestId('team-members');
      await expect.poll(() => members.getByRole('rowheader', { name: 'Rita Rep' }).count(), { timeout: 30_000 }).toBe(1);
      const form = members.getByRole('form', { name: 'Add a member' });
      await form.getByLabel('Name').fill('Noah New');
      await form.getByLabel('Team').selectOption('ka');
      await form.getByRole('button', { name: 'Add and show their token' }).click();
      const token = (await members.getByTestId('new-token').textContent()) ?? '';
      expect(token).toMatch(/^tal_/);
      await members.getByRole('button', { name: 'Done: hide the token' }).click();
      await expect.poll(() => members.getByTestId('new-token').count()).toBe(0);

      newcomer.token = token;
      const newcomerOptions = await connect(newcomer, server.url);
      await expect.poll(() => newcomerOptions.getByTestId('team-member').textContent()).toContain('Signed in as Noah New — rep, team ka');

      await members
        .getByRole('row', { name: /Noah New/ })
        .getByRole('button', { name: 'Revoke' })
        .click();
      await members.getByRole('alertdialog').getByRole('button', { name: 'Revoke Noah New' }).click();
      await expect.poll(() => members.getByRole('rowheader', { name: 'Noah New — revoked' }).count()).toBe(1);

      await newcomerOptions.getByRole('button', { name: 'Sync now' }).click();
      await expect
        .poll(() => newcomerOptions.getByTestId('sync-status').textContent(), { timeout: 30_000 })
        .toContain('the server no longer accepts your token. Ask your admin for a new one and connect again.');

      // The admin uploads new accounts from the Data section: the report, and the server has them.
      const file = path.join(tmpdir(), `tal-e2e-upload-${process.pid}.csv`);
      writeFileSync(
        file,
        'id,name,domain,employees\nU1,Upload One,upload-one.com,120\nU2,,nameless.com,5\nU3,Upload Three,upload-three.com,900\n',
      );
      await adminOptions.goto(adminOptions.url().replace(/#.*$/, '#data'));
      await adminOptions.getByLabel('Account file (CSV or JSON)').setInputFiles(file);
      await expect.poll(() => adminOptions.getByRole('button', { name: 'Upload to the team server' }).count(), { timeout: 30_000 }).toBe(1);
      await adminOptions.getByRole('button', { name: 'Upload to the team server' }).click();
      const main = adminOptions.locator('main');
      await expect.poll(() => main.innerText(), { timeout: 30_000 }).toContain('Uploaded 2 of 3 rows from');
      expect(await main.innerText()).toContain('2 new accounts, 0 updated, 0 unchanged.');
      mkdirSync(path.resolve(import.meta.dirname, 'screenshots'), { recursive: true });
      await adminOptions.screenshot({ path: path.resolve(import.meta.dirname, 'screenshots/team-upload-done.png'), fullPage: true });
      const onServer = (await asAdmin(server, 'GET', '/api/accounts')) as { accounts: { id: string }[] };
      expect(onServer.accounts.map((a) => a.id)).toEqual(expect.arrayContaining(['U1', 'U3']));
      expect(onServer.accounts.map((a) => a.id)).not.toContain('U2');

      // The Playbook section says whose version is in force for the team: the one put by the admin's script.
      await adminOptions.goto(adminOptions.url().replace(/#.*$/, '#playbook'));
      await expect
        .poll(() => adminOptions.getByTestId('playbook-in-force').textContent(), { timeout: 30_000 })
        .toMatch(/^In force for the team: server version 1, saved by Admin \(admin\) on /);
    } finally {
      await admin.session.close();
      await newcomer.session.close();
    }
  });
});
