import { useMemo, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { formatNumber } from '@/lib/i18n';
import { customerProfile, type FieldProfile } from '@/lib/rules/customer-profile';
import { fieldFormat } from '@/lib/rules/format-values';
import type { Account } from '@/lib/schema/account';
import { useDraft } from './draft-context';

/** The fields a draft's rule criteria read, found defensively: the draft may be half typed. */
function draftCriteriaFields(draft: unknown): string[] {
  const fields = new Set<string>();
  const walk = (rule: unknown) => {
    if (typeof rule !== 'object' || rule === null) return;
    const r = rule as Record<string, unknown>;
    if (Array.isArray(r.all)) r.all.forEach(walk);
    else if (Array.isArray(r.any)) r.any.forEach(walk);
    else if (r.not !== undefined) walk(r.not);
    else if (typeof r.field === 'string' && r.field !== '') fields.add(r.field);
  };
  const criteria = (draft as { icp?: { criteria?: unknown } })?.icp?.criteria;
  if (Array.isArray(criteria)) for (const criterion of criteria) walk((criterion as { rule?: unknown })?.rule);
  return [...fields];
}

/**
 * "Learn from customers" in the playbook editor: from the cached accounts that are customers, the
 * range or the most common values of each field the criteria use ("82% of customers: 200–5,000
 * employees"), each with a rule the manager can insert as a new criterion of the draft.
 */
export function LearnFromCustomers({ currency, customers }: { currency: string; customers: readonly Account[] | null }) {
  const { t, locale } = useI18n();
  const { draft, change, readOnly } = useDraft();
  const [added, setAdded] = useState<string | null>(null);
  // Profiled again only when the fields the criteria read change, not at every keystroke in the draft.
  const fieldsKey = draftCriteriaFields(draft).join('\u0000');
  const profiles = useMemo(
    () => (customers === null ? null : customerProfile(customers, fieldsKey === '' ? [] : fieldsKey.split('\u0000'))),
    [customers, fieldsKey],
  );
  const insert = (profile: Exclude<FieldProfile, { kind: 'none' }>, label: string) => {
    change((current) => {
      const doc = current as { icp: { criteria: unknown[] } };
      const ids = new Set(doc.icp.criteria.map((c) => (c as { id?: unknown })?.id));
      let id = `like-customers-${profile.field.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
      for (let n = 2; ids.has(id); n++) id = `like-customers-${profile.field}-${n}`;
      const criterion = { id, label: t('learn.criterionLabel', { field: label }), rule: profile.rule };
      return { ...doc, icp: { ...doc.icp, criteria: [...doc.icp.criteria, criterion] } };
    });
    setAdded(label);
  };

  return (
    <section className="card learn" aria-labelledby="learn-heading" data-testid="learn-from-customers">
      <h3 id="learn-heading">{t('learn.heading')}</h3>
      {profiles === null ? (
        <p className="muted">{t('learn.loading')}</p>
      ) : profiles[0]?.customers === 0 || customers?.length === 0 ? (
        <p className="muted">{t('learn.noCustomers')}</p>
      ) : (
        <>
          <p className="muted">{t('learn.help', { customers: customers?.length ?? 0 })}</p>
          {added && <p role="status">{t('learn.added', { field: added })}</p>}
          <ul>
            {profiles.map((profile) => {
              const format = fieldFormat(profile.field, locale, currency, t);
              const percent = (share: number) => formatNumber(locale, share, { style: 'percent', maximumFractionDigits: 0 });
              if (profile.kind === 'none')
                return (
                  <li key={profile.field} className="muted">
                    {t('learn.unknown', { field: format.label })}
                  </li>
                );
              const text =
                profile.kind === 'range'
                  ? t('learn.range', {
                      share: percent(profile.share),
                      min: format.value(profile.min),
                      max: format.value(profile.max),
                      field: format.label,
                    })
                  : t('learn.values', {
                      field: format.label,
                      values: profile.top.map((v) => `${format.value(v.value)} ${percent(v.share)}`).join(', '),
                    });
              return (
                <li key={profile.field}>
                  {text}{' '}
                  {!readOnly && (
                    <button type="button" onClick={() => insert(profile, format.label)}>
                      {t('learn.insert', { field: format.label })}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
