import { useI18n } from '@/components/i18n';
import type { Playbook } from '@/lib/schema/playbook';
import type { Proposal } from '@/lib/schema/proposal';
import { quotaUsage } from '@/lib/tal/quota';

/**
 * What the draft's quotas mean for this period's use: a quota below what is already used blocks new
 * adds until use drops; nothing already approved is undone.
 */
export function QuotaImpact({ playbook, proposals, now }: { playbook: Playbook; proposals: readonly Proposal[]; now: Date }) {
  const { t } = useI18n();
  const below = playbook.tal.teams
    .map((team) => ({ team, usage: quotaUsage(proposals, team, playbook, now) }))
    .filter(({ usage }) => usage.used > usage.limit);
  return (
    <div className="quota-impact" data-testid="quota-impact">
      <h4>{t('playbook.quotaImpact')}</h4>
      {below.length === 0 ? (
        <p className="muted">{t('playbook.quotaImpact.none')}</p>
      ) : (
        <ul>
          {below.map(({ team, usage }) => (
            <li key={team.id} className="warning">
              {t('playbook.quotaImpact.below', { team: team.name, limit: usage.limit, used: usage.used })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
