import { useEffect, useMemo, useState } from 'react';
import { useI18n } from '@/components/i18n';
import type { Alert, Playbook } from '@/lib/schema/playbook';
import { alertsPassingNow } from '@/lib/services/alerts-preview';
import { useOptionsServices } from '../services';

/** Before saving: how many cached accounts each alert of the draft passes for now (those it would not ring for again). */
export function AlertsPreview({ playbook, now }: { playbook: Playbook; now: number }) {
  const { t } = useI18n();
  const { db } = useOptionsServices();
  // Every edit of the draft is a new playbook object: the cache is read again only when the alerts themselves change.
  const alertsJson = JSON.stringify(playbook.alerts ?? []);
  const alerts = useMemo(() => JSON.parse(alertsJson) as Alert[], [alertsJson]);
  const [counts, setCounts] = useState<Map<string, number> | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    setCounts(null);
    // A read the next edit made stale may still finish (a small cache is read before it looks at the signal): its counts are dropped.
    if (alerts.length > 0) {
      alertsPassingNow(db, alerts, now, controller.signal).then(
        (found) => controller.signal.aborted || setCounts(found),
        () => undefined,
      );
    }
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
