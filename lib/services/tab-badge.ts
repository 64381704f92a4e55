import { type AccountCache, activePointer, cacheVersion, getActivePlaybook, getAnswers, type TalDb } from '../db';
import type { Translate } from '../i18n';
import { type CompiledPlaybook, compilePlaybook } from '../rules';
import type { Verdict } from '../rules/result';
import type { Playbook } from '../schema/playbook';
import type { ActiveTab } from '../settings/items';
import type { RecognizeTab } from './recognize-tab';

/** What the toolbar says of a tab: the account recognized with its verdict and tier, or nothing. */
export type TabVerdict = { accountName: string; verdict: Verdict; tier: string | null } | null;

/** The action icon's badge and title for a tab. */
export type Badge = { text: string; color: string; title: string };

/** A short code and a colour per verdict (the theme's pass, unknown, fail and muted colours). */
export const BADGE_CODES: Record<Verdict, { text: string; color: string }> = {
  fit: { text: '✓', color: '#1e7b3c' },
  partial: { text: '~', color: '#8a6100' },
  'no-fit': { text: '✗', color: '#b42318' },
  'needs-data': { text: '?', color: '#5b6475' },
};

/** The badge of a tab: its verdict's code and colour, and a title in words ("Fabrikam Software — Fit, tier 1:1"); none for an unknown company. */
export function badgeOf(verdict: TabVerdict, t: Translate, unreadAlerts = 0): Badge {
  const alerts = unreadAlerts > 0 ? ` — ${t('badge.alerts', { count: unreadAlerts })}` : '';
  // With no company to show, the badge counts the unread alerts instead (in the alert colour).
  if (!verdict) {
    return unreadAlerts > 0
      ? { text: unreadAlerts > 99 ? '99+' : String(unreadAlerts), color: ALERT_COLOR, title: `${t('app.name')}${alerts}` }
      : { text: '', color: BADGE_CODES['needs-data'].color, title: t('app.name') };
  }
  const { text, color } = BADGE_CODES[verdict.verdict];
  const title = t('badge.title', { name: verdict.accountName, verdict: t(`icp.verdict.${verdict.verdict}`), tier: verdict.tier ?? 'none' });
  return { text, color, title: `${title}${alerts}` };
}

/** The badge's colour when it counts unread alerts. */
export const ALERT_COLOR = '#b45309';

export type TabVerdictDeps = {
  db: TalDb;
  cache: Pick<AccountCache, 'getAccount'> & { refresh(): void; versionInUse(): Promise<string | undefined> };
  recognizeTab: RecognizeTab;
  now(): number;
};

/**
 * The verdict for a tab's page, from the same recognition and rules the panel uses: the account the
 * page is about (a single match or the rep's pick), evaluated under the playbook in force with the
 * rep's answers. Every database read here is one a Dexie live query can follow (the active cache's
 * pointer, the playbook, the answers), so a caller watching it hears of each change.
 */
export function createTabVerdict({ db, cache, recognizeTab, now }: TabVerdictDeps) {
  let compiled: { playbook: Playbook; rules: CompiledPlaybook } | null = null;
  return async function tabVerdict(tab: ActiveTab): Promise<TabVerdict> {
    const [pointer, active] = await Promise.all([activePointer(db), getActivePlaybook(db)]);
    // Another cache became active, or its overlay changed (an import, the demo data, a team sync): read from it.
    const inUse = await cache.versionInUse();
    if (inUse !== undefined && inUse !== cacheVersion(pointer)) cache.refresh();
    if (!active) return null;
    const { match } = await recognizeTab(tab);
    if (!match) return null;
    const account = await cache.getAccount(match.accountId);
    if (!account) return null;
    if (compiled?.playbook !== active.playbook) compiled = { playbook: active.playbook, rules: compilePlaybook(active.playbook) };
    const answers = await getAnswers(db, account.id);
    const evaluation = compiled.rules.evaluate(account, answers?.answers, now());
    return { accountName: account.name, verdict: evaluation.icp.verdict, tier: evaluation.priority.tierName ?? evaluation.priority.tier };
  };
}
