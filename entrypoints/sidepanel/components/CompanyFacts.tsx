import type { ReactNode } from 'react';
import { useI18n } from '@/components/i18n';
import { formatNumber, type Locale } from '@/lib/i18n';
import type { Account } from '@/lib/schema/account';

/** The company's facts: firmographics, ownership, stage, intent and engagement. A missing value says so; it is never zero. */
export function CompanyFacts({ account, currency }: { account: Account; currency: string }) {
  const { t, locale } = useI18n();
  const missing = <span className="muted">{t('common.missing')}</span>;
  const show = (value: ReactNode | undefined) => (value === undefined || value === '' ? missing : value);
  const number = (value: number | undefined) => (value === undefined ? undefined : formatNumber(locale, value));
  const hq = [account.city, account.region, account.country].filter(Boolean).join(', ');
  const owner =
    account.ownerId && account.team
      ? t('company.ownerTeam', { owner: account.ownerId, team: account.team })
      : (account.ownerId ?? account.team);
  const facts: [string, ReactNode][] = [
    [t('panel.domain'), show(account.domain)],
    [t('panel.industry'), show(account.industry)],
    [t('panel.employees'), show(number(account.employees))],
    [t('company.revenue'), show(account.annualRevenue === undefined ? undefined : money(locale, account.annualRevenue, currency))],
    [t('company.hq'), show(hq)],
    [t('company.owner'), show(owner)],
    [t('company.customerType'), show(account.customerType && t(`company.type.${account.customerType}`))],
    [t('company.journeyStage'), show(account.journeyStage)],
    [t('company.intentTopics'), show(account.intentTopics?.join(', '))],
    [t('company.lastVisit'), show(account.lastVisitAt && date(locale, account.lastVisitAt))],
    [t('company.pageViews'), show(number(account.pageViews90d))],
  ];
  return (
    <section className="company" aria-labelledby="company-heading">
      <h2 id="company-heading">{t('company.heading')}</h2>
      <dl className="facts">
        {facts.map(([term, value]) => (
          <div key={term} className="fact">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Revenue in the playbook's currency, short ("$240M"); a currency code Intl does not know is written after the number. */
function money(locale: Locale, value: number, currency: string): string {
  try {
    return formatNumber(locale, value, {
      style: 'currency',
      currency,
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    });
  } catch {
    return `${formatNumber(locale, value, { notation: 'compact', maximumFractionDigits: 1 })} ${currency}`;
  }
}

/** An ISO date or date-time as the locale writes a date; a date without a time is not shifted by the time zone. */
function date(locale: Locale, iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', ...(iso.length === 10 ? { timeZone: 'UTC' } : {}) }).format(at);
}
