import { type FormEvent, useId, useState } from 'react';
import { useI18n } from '@/components/i18n';
import type { MessageKey } from '@/lib/i18n';
import { FIELD_READERS } from '@/lib/import/field-readers';
import { ReadProblem } from '@/lib/import/value-readers';
import { CUSTOMER_TYPES, type CustomerType } from '@/lib/schema/account';
import type { NewAccount } from '../services';
import { TextField } from './TextField';

/** The firmographics a rep may know of a new company, read as an import reads a CSV cell. */
const FIELDS = ['name', 'domain', 'industry', 'employees', 'annualRevenue', 'country', 'city'] as const;
type Field = (typeof FIELDS)[number];

const LABELS: Record<Field, MessageKey> = {
  name: 'find.new.name',
  domain: 'panel.domain',
  industry: 'panel.industry',
  employees: 'panel.employees',
  annualRevenue: 'company.revenue',
  country: 'find.new.country',
  city: 'find.new.city',
};
const PROBLEMS: Partial<Record<Field, MessageKey>> = {
  domain: 'find.new.domain',
  employees: 'find.new.wholeNumber',
  annualRevenue: 'find.new.number',
};

export type NewAccountFormProps = { initial: Partial<Record<Field, string>>; onSubmit(draft: NewAccount): Promise<void>; onCancel(): void };

/** "Propose a new account": name, domain and what else the rep knows; the checklist then runs on it. */
export function NewAccountForm({ initial, onSubmit, onCancel }: NewAccountFormProps) {
  const { t } = useI18n();
  const headingId = useId();
  const [values, setValues] = useState<Record<Field, string>>(
    () => Object.fromEntries(FIELDS.map((f) => [f, initial[f] ?? ''])) as Record<Field, string>,
  );
  const [customerType, setCustomerType] = useState<CustomerType | ''>('prospect');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const draft: Record<string, unknown> = customerType ? { customerType } : {};
    const found: Partial<Record<Field, string>> = {};
    for (const field of FIELDS) {
      const read = FIELD_READERS[field](values[field]);
      if (read instanceof ReadProblem) found[field] = t(PROBLEMS[field] ?? 'common.error', { message: read.message });
      else if (read !== null) draft[field] = read;
    }
    if (draft.name === undefined) found.name = t('find.new.nameRequired');
    setErrors(found);
    if (Object.keys(found).length > 0) {
      document.getElementById(`${headingId}-${FIELDS.find((field) => found[field])}`)?.focus();
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await onSubmit(draft as NewAccount);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      setBusy(false);
    }
  };

  return (
    <form className="new-account card" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h2 id={headingId}>{t('find.new.heading')}</h2>
      <p className="muted">{t('find.new.help')}</p>
      {FIELDS.map((field) => (
        <TextField
          key={field}
          id={`${headingId}-${field}`}
          label={t(LABELS[field])}
          required={field === 'name'}
          inputMode={field === 'employees' || field === 'annualRevenue' ? 'numeric' : undefined}
          value={values[field]}
          error={errors[field]}
          onChange={(value) => setValues((old) => ({ ...old, [field]: value }))}
        />
      ))}
      <label htmlFor={`${headingId}-type`}>{t('company.customerType')}</label>
      <select id={`${headingId}-type`} value={customerType} onChange={(event) => setCustomerType(event.target.value as CustomerType | '')}>
        <option value="">{t('find.new.customerType.unknown')}</option>
        {CUSTOMER_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`company.type.${type}`)}
          </option>
        ))}
      </select>
      {failure && (
        <p role="alert" className="field-error">
          {t('common.error', { message: failure })}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('common.loading') : t('find.new.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
