import { useI18n } from '@/components/i18n';
import { BarChartFigure } from '@/entrypoints/options/components/charts/BarChartFigure';
import { describeHealthCheck } from '@/lib/rules/describe';
import type { HealthReport } from '@/lib/rules/health-report';
import type { Playbook } from '@/lib/schema/playbook';
import { useCacheHealth } from './use-cache-health';

/** The health preview on the account cache: the report, and while one is computed, how far it has got. */
export function CacheHealthPreview({ playbook, now }: { playbook: Playbook; now: number }) {
  const { t } = useI18n();
  const { report, progress, error } = useCacheHealth(playbook, now);
  return (
    <>
      {progress && (
        <p className="muted">
          <label>
            {t('playbook.health.computing', { done: progress.done, total: progress.total })}{' '}
            <progress max={Math.max(progress.total, 1)} value={progress.done} />
          </label>
        </p>
      )}
      {error && <p role="alert">{t('playbook.health.failed', { error })}</p>}
      {report ? (
        <HealthPreview playbook={playbook} report={report} />
      ) : (
        !progress && !error && <p className="muted">{t('common.loading')}</p>
      )}
    </>
  );
}

/** What a playbook does to the cached accounts: segment sizes, unassigned and overlapping, and the checklist of spec §5. */
export function HealthPreview({ playbook, report }: { playbook: Playbook; report: HealthReport }) {
  const { t, locale } = useI18n();
  const names = new Map(playbook.segments.list.map((s) => [s.id, s.name]));
  const data = report.segments.map((s) => ({ key: s.id, label: names.get(s.id) ?? s.id, value: s.size }));
  return (
    <div className="health-preview" data-testid="health-preview">
      <p className="muted">{t('playbook.health.onAccounts', { count: report.accounts })}</p>
      <BarChartFigure
        caption={t('playbook.health.sizes')}
        data={data}
        headers={{ label: t('playbook.health.segment'), value: t('playbook.health.accounts') }}
      />
      <dl className="facts">
        <dt>{t('playbook.health.unassigned')}</dt>
        <dd>{report.unassigned}</dd>
        <dt>{t('playbook.health.overlapping')}</dt>
        <dd>{report.overlapping}</dd>
      </dl>
      <h4>{t('playbook.health.checklist')}</h4>
      <ul className="checklist">
        {report.checks.map((check) => (
          <li key={check.id} className={check.ok ? 'pass' : 'fail'}>
            <span aria-hidden="true">{check.ok ? '✓ ' : '✗ '}</span>
            <strong>{t(`playbook.health.check.${check.id}`)}</strong>
            <span className="visually-hidden">{check.ok ? t('playbook.health.ok') : t('playbook.health.notOk')}</span>:{' '}
            {describeHealthCheck(check, locale)}
          </li>
        ))}
      </ul>
    </div>
  );
}
