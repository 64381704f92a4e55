import { useI18n } from '@/components/i18n';
import { TextField } from './fields';

/** The playbook's name and currency. */
export function GeneralFields() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="playbook-general">
      <h3 id="playbook-general">{t('playbook.general')}</h3>
      <TextField path={['name']} label={t('playbook.field.name')} />
      <TextField path={['currency']} label={t('playbook.field.currency')} optional />
    </section>
  );
}
