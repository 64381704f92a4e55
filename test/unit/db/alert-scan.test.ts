import { describe, expect, it } from 'vitest';
import {
  ALERT_NOTICES_KEPT,
  importAccounts,
  listTalOverrides,
  markAlertsRead,
  readAlerts,
  readPassing,
  savePlaybookVersion,
  scanAlerts,
  setAlertMuted,
  setTalOverride,
} from '@/lib/db';
import { parsePlaybook } from '@/lib/schema/load-playbook';
import { freshDb, readRepoFile } from './helpers';

const NOW = new Date('2026-11-23T00:00:00Z');
const example = (file: string) => readRepoFile(`test/fixtures/examples/${file}`);
const everyone = () => true;

async function setUp() {
  const db = freshDb();
  const parsed = parsePlaybook(JSON.parse(example('playbook-alerts.json')));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  await savePlaybookVersion(db, parsed.playbook, 'file', NOW);
  const load = (file: string) => importAccounts(db, [example(file)], { fileName: file, mode: 'replace', now: () => NOW });
  return { db, load, playbook: parsed.playbook };
}

describe('scanning the cache for alerts', () => {
  it('takes note silently at the first scan, then fires exactly what `tal alerts` fires for the new data, once', async () => {
    const { db, load } = await setUp();
    await load('accounts.csv');
    expect(await scanAlerts(db, { now: NOW, isFor: everyone })).toEqual({ notices: [], fired: 0 });
    await load('accounts-after.csv');
    const { notices: fired } = await scanAlerts(db, { now: NOW, isFor: everyone });
    const expected = example('expected-alerts.ndjson')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(fired.map(({ accountId, alertId, ownerId, team }) => ({ accountId, alert: alertId, ownerId, team }))).toEqual(expected);
    expect(fired[0]).toMatchObject({ label: 'Intent score reached 70', read: false });
    // The same generation again, and the same data imported again: nothing fires twice.
    expect(await scanAlerts(db, { now: NOW, isFor: everyone })).toEqual({ notices: [], fired: 0 });
    await load('accounts-after.csv');
    expect(await scanAlerts(db, { now: NOW, isFor: everyone })).toEqual({ notices: [], fired: 0 });
    expect((await readAlerts(db))?.notices).toHaveLength(expected.length);
  });

  it('keeps only the notices for this person, and none of a muted alert', async () => {
    const { db, load } = await setUp();
    await load('accounts.csv');
    await scanAlerts(db, { now: NOW, isFor: everyone });
    await setAlertMuted(db, 'opportunity', true);
    await load('accounts-after.csv');
    const { notices: mine } = await scanAlerts(db, { now: NOW, isFor: (fired) => fired.ownerId === 'rep-ka-1' });
    expect(mine.map((n) => [n.accountId, n.alertId])).toEqual([['A002', 'intent-spike']]);
    await markAlertsRead(db);
    expect((await readAlerts(db))?.notices.every((n) => n.read)).toBe(true);
  });

  it('reads the TAL as decided: an account taken off the TAL here no longer rings for a TAL alert', async () => {
    const { db, load } = await setUp();
    await load('accounts.csv');
    await scanAlerts(db, { now: NOW, isFor: everyone });
    await setTalOverride(db, { accountId: 'A002', onTal: false, source: 'manager' }, NOW);
    expect((await listTalOverrides(db)).map((o) => o.accountId)).toEqual(['A002']);
    await load('accounts-after.csv');
    const { notices: fired } = await scanAlerts(db, { now: NOW, isFor: everyone });
    expect(fired.map((n) => n.accountId)).not.toContain('A002');
  });

  it('an import of many new accounts that pass fires for each of them: all are counted, the first ALERT_NOTICES_KEPT kept', async () => {
    const { db, load } = await setUp();
    await load('accounts.csv');
    await scanAlerts(db, { now: NOW, isFor: everyone });
    const count = ALERT_NOTICES_KEPT + 50;
    const rows = Array.from({ length: count }, (_, i) => `N${i},Newco ${i},newco-${i}.com,${90},true,rep-ka-1,ka`);
    await importAccounts(db, [`id,name,domain,intentScore,onTal,ownerId,team\n${rows.join('\n')}\n`], {
      fileName: 'new.csv',
      mode: 'merge',
      now: () => NOW,
    });
    const scan = await scanAlerts(db, { now: NOW, isFor: everyone });
    // Each new account is absent from the data before, so it counts as not passing then (spec §5).
    expect(scan.fired).toBe(count);
    expect(scan.notices).toHaveLength(ALERT_NOTICES_KEPT);
    expect(new Set(scan.notices.map((n) => n.alertId))).toEqual(new Set(['intent-spike']));
    expect((await readAlerts(db))?.notices).toHaveLength(ALERT_NOTICES_KEPT);
  });

  it('does not ring for every account when the playbook gains an alert', async () => {
    const { db, load, playbook } = await setUp();
    await savePlaybookVersion(db, { ...playbook, alerts: [] }, 'editor', NOW);
    await load('accounts-after.csv');
    await scanAlerts(db, { now: NOW, isFor: everyone });
    await savePlaybookVersion(db, playbook, 'editor', NOW);
    expect(await scanAlerts(db, { now: NOW, isFor: everyone })).toEqual({ notices: [], fired: 0 });
    expect(Object.keys(await readPassing(db)).length).toBeGreaterThan(0);
  });
});
