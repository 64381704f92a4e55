import { useMemo } from 'react';
import { BarChartFigure } from '@/components/charts/BarChartFigure';
import { useI18n } from '@/components/i18n';
import { compilePlaybook } from '@/lib/rules/compile-playbook';
import { describeHealthCheck } from '@/lib/rules/describe';
import { buildHealthReport } from '@/lib/rules/health';
import type { Account } from '@/lib/schema/account';
import type { Playbook } from '@/lib/schema/playbook';

/** What a playbook does to the cached accounts: segment sizes, unassigned and overlapping, and the checklist of spec §5. */
export function HealthPreview({ playbook, accounts, now }: { playbook: Playbook; accounts: readonly Account[]; now: number }) {
  const { t, locale } = useI18n();
  const report = useMemo(() => buildHealthReport(compilePlaybook(playbook), accounts, now), [playbook, accounts, now]);
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
