import type { Account } from '../schema/account';
import type { Alert } from '../schema/playbook';
import { type CompiledRule, compileRule } from './compile-rule';

/** An alert that fired for an account (spec §5 `tal alerts`). */
export type FiredAlert = { accountId: string; alert: string; ownerId: string | null; team: string | null };

/** A playbook's alerts compiled once: which pass for an account now, and which fired between two states of it. */
export interface CompiledAlerts {
  readonly alerts: readonly Alert[];
  /** The ids of the alerts whose rule passes on the account (whatever their scope). */
  passing(account: Account, now: number): Set<string>;
  /**
   * The alerts that fire for `after`: in scope in the after data (`tal`: on the TAL), passing on it,
   * and not passing on `before` (absent before counts as not passing). Edge-triggered: the same data
   * twice fires nothing. In alert order.
   */
  fired(before: Account | undefined, after: Account, now: number): FiredAlert[];
}

/** Compiles a playbook's alerts (none when it has no `alerts`). */
export function compileAlerts(alerts: readonly Alert[] = []): CompiledAlerts {
  const compiled: { alert: Alert; rule: CompiledRule }[] = alerts.map((alert) => ({ alert, rule: compileRule(alert.when) }));
  const passes = (rule: CompiledRule, account: Account, now: number) => rule.test(account, now) === 'pass';
  return {
    alerts,
    passing: (account, now) => new Set(compiled.filter(({ rule }) => passes(rule, account, now)).map(({ alert }) => alert.id)),
    fired(before, after, now) {
      const fired: FiredAlert[] = [];
      for (const { alert, rule } of compiled) {
        if (alert.scope === 'tal' && after.onTal !== true) continue;
        if (!passes(rule, after, now)) continue;
        if (before !== undefined && passes(rule, before, now)) continue;
        fired.push({ accountId: after.id, alert: alert.id, ownerId: after.ownerId ?? null, team: after.team ?? null });
      }
      return fired;
    },
  };
}
