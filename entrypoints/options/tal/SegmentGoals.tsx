import { useEffect, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { ProgressBar } from '@/components/ProgressBar';
import { formatNumber } from '@/lib/i18n';
import { compilePlaybook } from '@/lib/rules/compile-playbook';
import type { GoalProgress } from '@/lib/rules/segment-goals';
import type { Playbook } from '@/lib/schema/playbook';
import { segmentGoalProgress } from '@/lib/services/segment-goals';
import { useOptionsServices } from '../services';

/** The segments whose goals are measured: how far the data says each is, as a bar toward its target. */
export function SegmentGoals({ playbook, now }: { playbook: Playbook; now: number }) {
  const { t, locale } = useI18n();
  const { db } = useOptionsServices();
  const [progress, setProgress] = useState<GoalProgress[] | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    segmentGoalProgress(db, compilePlaybook(playbook), now, controller.signal).then(setProgress, () => undefined);
    return () => controller.abort();
  }, [db, playbook, now]);
  if (!progress || progress.length === 0) return null;
  return (
    <section className="card segment-goals" aria-labelledby="segment-goals-heading" data-testid="segment-goals">
      <h2 id="segment-goals-heading">{t('goals.heading')}</h2>
      <ul className="segment-goals-list">
        {progress.map((goal) => (
          <li key={goal.id}>
            <p>
              <strong>{goal.name}</strong> —{' '}
              {t('goals.line', {
                metric: t(`goals.metric.${goal.measure.metric}`),
                value: formatNumber(locale, goal.value),
                target: formatNumber(locale, goal.measure.target),
              })}
              {goal.measure.period && <span className="muted"> · {t(`goals.period.${goal.measure.period}`)}</span>}
            </p>
            {goal.goal && <p className="muted">{goal.goal}</p>}
            <ProgressBar label={t('goals.progressLabel', { segment: goal.name })} value={goal.value} max={goal.measure.target} />
          </li>
        ))}
      </ul>
    </section>
  );
}
