import { useI18n } from '@/components/i18n';
import { formatNumber } from '@/lib/i18n';
import type { Account } from '@/lib/schema/account';

/** The company's name and headline facts; missing values say so rather than showing zero. */
export function CompanySummary({ account, domain }: { account: Account; domain: string | null }) {
  const { t, locale } = useI18n();
  const missing = <span className="muted">{t('common.missing')}</span>;
  return (
    <section className="card" aria-labelledby="company-name">
      <h1 id="company-name" data-testid="company-name">
        {account.name}
      </h1>
      <p className="muted">{t('panel.inCache')}</p>
      <dl className="facts">
        <dt>{t('panel.domain')}</dt>
        <dd>{domain ?? account.domain ?? missing}</dd>
        <dt>{t('panel.industry')}</dt>
        <dd>{account.industry ?? missing}</dd>
        <dt>{t('panel.employees')}</dt>
        <dd>{account.employees === undefined ? missing : formatNumber(locale, account.employees)}</dd>
      </dl>
    </section>
  );
}
