import { useId } from 'react';
import { useI18n } from '@/components/i18n';
import { formatNumber } from '@/lib/i18n';
import type { PriorityExplanation } from '@/lib/rules/priority-explain';
import { factorLabel, factorValueText, nextTierWords } from './priority-words';
import './icp.css';

/**
 * Each priority factor's part as a small bar (its value, weight and points; the track is as long as
 * the points it could give), and what would move the account up a tier where one factor can.
 */
export function PriorityBreakdown({ why, currency }: { why: PriorityExplanation; currency: string }) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const widest = Math.max(...why.factors.map((f) => f.maxPoints), 0);
  const points = (value: number) => formatNumber(locale, value, { maximumFractionDigits: 1 });
  const next = nextTierWords(why, locale, currency, t);
  if (why.factors.length === 0) return null;
  return (
    <section className="priority-breakdown" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('priority.heading')}</h2>
      <ul className="factor-bars">
        {why.factors.map((factor) => {
          const value = factorValueText(factor, factor.raw, locale, currency, t);
          return (
            <li key={factor.id} data-factor-id={factor.id}>
              <div className="factor-words">
                <span className="factor-name">
                  {factorLabel(factor, t)}{' '}
                  {value === undefined ? <span className="muted">{t('priority.factor.missing')}</span> : <strong>{value}</strong>}
                </span>
                <span className="factor-points muted">
                  {t('priority.factor.points', {
                    points: points(factor.points),
                    max: points(factor.maxPoints),
                    weight: formatNumber(locale, factor.weight),
                  })}
                </span>
              </div>
              <div
                className="factor-track"
                aria-hidden="true"
                style={{ width: `${widest === 0 ? 0 : (100 * factor.maxPoints) / widest}%` }}
              >
                <div
                  className="factor-fill"
                  style={{ width: `${factor.maxPoints === 0 ? 0 : (100 * factor.points) / factor.maxPoints}%` }}
                />
              </div>
            </li>
          );
        })}
      </ul>
      {next && (
        <p className="priority-next" data-testid="priority-next">
          {next}
        </p>
      )}
    </section>
  );
}
