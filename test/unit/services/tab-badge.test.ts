import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAccountCache, saveAnswers, type TalDb } from '@/lib/db';
import { createTranslator } from '@/lib/i18n';
import { createRecognizeTab } from '@/lib/services/recognize-tab';
import { ALERT_COLOR, BADGE_CODES, badgeOf, createTabVerdict } from '@/lib/services/tab-badge';
import type { ActiveTab } from '@/lib/settings/items';
import { dropDb, seededDb } from '../options/seed-db';

const NOW = Date.parse('2026-11-23T00:00:00Z');
const tab = (url: string): ActiveTab => ({ tabId: 7, windowId: 1, url, at: NOW });

describe('badgeOf', () => {
  const en = createTranslator('en');
  it('gives each verdict its code and colour, and says the company, verdict and tier in the title', () => {
    expect(badgeOf({ accountName: 'Fabrikam Software', verdict: 'fit', tier: '1:1' }, en)).toEqual({
      text: '✓',
      color: BADGE_CODES.fit.color,
      title: 'Fabrikam Software — Fit, tier 1:1',
    });
    expect(badgeOf({ accountName: 'Contoso Bank', verdict: 'no-fit', tier: '1:1' }, en).text).toBe('✗');
    expect(badgeOf({ accountName: 'Relecloud', verdict: 'partial', tier: null }, en)).toMatchObject({
      text: '~',
      title: 'Relecloud — Partial fit',
    });
    expect(badgeOf({ accountName: 'Coho Winery', verdict: 'needs-data', tier: '1:many' }, en).text).toBe('?');
    expect(new Set(Object.values(BADGE_CODES).map((code) => code.color)).size).toBe(4);
  });

  it('shows nothing for a company it does not know, and titles the icon with the product', () => {
    expect(badgeOf(null, en)).toMatchObject({ text: '', title: 'TAL Scout' });
  });

  it('counts unread alerts: in the title beside a verdict, on the badge where there is none', () => {
    const fit = badgeOf({ accountName: 'Fabrikam Software', verdict: 'fit', tier: '1:1' }, en, 3);
    expect(fit).toMatchObject({ text: '✓', title: 'Fabrikam Software — Fit, tier 1:1 — 3 unread alerts' });
    expect(badgeOf(null, en, 1)).toEqual({ text: '1', color: ALERT_COLOR, title: 'TAL Scout — 1 unread alert' });
    expect(badgeOf(null, en, 140).text).toBe('99+');
    expect(badgeOf(null, createTranslator('ru'), 5).title).toBe('TAL Scout — 5 непрочитанных оповещений');
  });

  it('says it in the user’s language', () => {
    const verdict = { accountName: 'Fabrikam Software', verdict: 'fit', tier: '1:1' } as const;
    expect(badgeOf(verdict, createTranslator('ru')).title).toBe('Fabrikam Software — Подходит, уровень 1:1');
    expect(badgeOf(verdict, createTranslator('zh-CN')).title).toBe('Fabrikam Software — 符合，层级 1:1');
  });
});

describe('createTabVerdict', () => {
  let db: TalDb;
  beforeEach(async () => {
    db = await seededDb();
  });
  afterEach(() => dropDb(db));

  function tabVerdict() {
    const cache = openAccountCache(db);
    const recognizeTab = createRecognizeTab({ index: cache, choices: async () => null, signalsOf: async () => null });
    return createTabVerdict({ db, cache, recognizeTab, now: () => NOW });
  }

  it('recognizes the page as the panel does and evaluates it under the playbook in force', async () => {
    const verdict = tabVerdict();
    expect(await verdict(tab('https://fabrikam.io/pricing'))).toEqual({ accountName: 'Fabrikam Software', verdict: 'fit', tier: '1:1' });
    expect(await verdict(tab('https://www.contosobank.com/'))).toMatchObject({ accountName: 'Contoso Bank', verdict: 'no-fit' });
    expect(await verdict(tab('https://cohowinery.com/'))).toMatchObject({ verdict: 'needs-data' });
  });

  it('says nothing of a company the cache lacks, or of a page without a company', async () => {
    const verdict = tabVerdict();
    expect(await verdict(tab('https://unknown-company.com/'))).toBeNull();
    expect(await verdict(tab('about:blank'))).toBeNull();
  });

  it('takes the rep’s answers into account', async () => {
    const verdict = tabVerdict();
    const before = await verdict(tab('https://fabrikam.io/'));
    const answers = Object.fromEntries(
      ['strategy', 'goals', 'need', 'no-shift', 'sales-ready', 'pains', 'customers', 'competitors', 'values'].map((id) => [id, false]),
    );
    await saveAnswers(db, 'A003', answers, new Date(NOW));
    const after = await verdict(tab('https://fabrikam.io/'));
    expect(before?.verdict).toBe('fit');
    expect(after?.verdict).not.toBe('fit');
  });
});
