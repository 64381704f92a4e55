import { useEffect, useState } from 'react';
import { useI18n } from '@/components/i18n';
import type { Playbook } from '@/lib/schema/playbook';
import { alertsPassingNow } from '@/lib/services/alerts-preview';
import { useOptionsServices } from '../services';

/** Before saving: how many cached accounts each alert of the draft passes for now (those it would not ring for again). */
export function AlertsPreview({ playbook, now }: { playbook: Playbook; now: number }) {
  const { t } = useI18n();
  const { db } = useOptionsServices();
  const alerts = playbook.alerts ?? [];
  const [counts, setCounts] = useState<Map<string, number> | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    setCounts(null);
    alertsPassingNow(db, alerts, now, controller.signal).then(setCounts, () => undefined);
    return () => controller.abort();
  }, [db, alerts, now]);
  if (alerts.length === 0) return null;
  return (
    <div data-testid="alerts-preview">
      <h4>{t('playbook.alerts.preview')}</h4>
      {counts === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <ul>
          {alerts.map((alert) => (
            <li key={alert.id}>{t('playbook.alerts.passing', { label: alert.label, count: counts.get(alert.id) ?? 0 })}</li>
          ))}
        </ul>
      )}
      <p className="muted">{t('playbook.alerts.previewHelp')}</p>
    </div>
  );
}
