import { useId } from 'react';
import { useI18n } from '@/components/i18n';
import type { Translate } from '@/lib/i18n';
import { toParam } from '@/lib/rules/evidence';
import { fieldReader } from '@/lib/rules/field-reader';
import { fieldFormat, fieldLabel } from '@/lib/rules/format-values';
import { isMissing } from '@/lib/rules/values';
import type { Account } from '@/lib/schema/account';

/** The card's groups, each a list of account fields; a field the playbook reads and no group names joins the first. */
const GROUPS = [
  { key: 'company.group.firmographics', fields: ['domain', 'industry', 'employees', 'annualRevenue', 'country', 'region', 'city'] },
  { key: 'company.group.relationship', fields: ['customerType', 'journeyStage', 'ownerId', 'team', 'productsOwned'] },
  {
    key: 'company.group.signals',
    fields: ['qualificationScore', 'intentScore', 'intentTopics', 'engagementScore', 'pageViews90d', 'lastVisitAt'],
  },
  { key: 'company.group.tech', fields: ['techStack'] },
] as const;
const SHOWN = new Set<string>(GROUPS.flatMap((group) => group.fields));

export type CompanyFactsProps = {
  account: Account;
  /** The playbook's currency, for the revenue. */
  currency: string;
  /** The field paths the playbook reads (lib/rules/playbook-fields): each is shown, and marked as used. */
  used: readonly string[];
  /** A team id as people read it (the playbook's team name). */
  teamName?: (id: string) => string;
};

/**
 * The company's facts in groups: firmographics, the relationship, intent and engagement signals, tech.
 * Every field the playbook reads is there (custom columns too), marked as used; a missing value says
 * so, never zero.
 */
export function CompanyFacts({ account, currency, used, teamName = (id) => id }: CompanyFactsProps) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const usedSet = new Set(used);
  const extra = used.filter((path) => !SHOWN.has(path));
  const groups = GROUPS.map((group, i) => ({ key: group.key, fields: i === 0 ? [...group.fields, ...extra] : [...group.fields] }));
  const show = (path: string) => {
    const value = fieldReader(path)(account);
    if (isMissing(value)) return undefined;
    if (path === 'team' && typeof value === 'string') return teamName(value);
    return fieldFormat(path, locale, currency, t).value(toParam(value));
  };
  return (
    <section className="company" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('company.heading')}</h2>
      {groups.map((group) => (
        <div key={group.key} className="fact-group">
          <h3>{t(group.key)}</h3>
          <dl className="facts">
            {group.fields.map((path) => (
              <Fact key={path} path={path} value={show(path)} used={usedSet.has(path)} t={t} />
            ))}
          </dl>
        </div>
      ))}
    </section>
  );
}

function Fact({ path, value, used, t }: { path: string; value: string | undefined; used: boolean; t: Translate }) {
  return (
    <div className="fact" data-field={path}>
      <dt>
        {fieldLabel(path, t)}
        {used && (
          <span className="used-mark" title={t('company.usedByPlaybook')}>
            <span aria-hidden="true"> ◆</span>
            <span className="visually-hidden"> ({t('company.usedByPlaybook')})</span>
          </span>
        )}
      </dt>
      <dd>{value ?? <span className="muted">{t('common.missing')}</span>}</dd>
    </div>
  );
}
