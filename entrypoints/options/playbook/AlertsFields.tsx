import { useI18n } from '@/components/i18n';
import { NumberField, SelectField, TextField } from './fields';
import { JsonField } from './JsonField';
import { idOf, ListEditor } from './ListEditor';

const NEW_ALERT = { id: '', label: '', when: { field: 'intentScore', op: 'gte', value: 70 } };

/**
 * The alerts (spec §2): each rings for an account's owner when its rule starts to pass, on the TAL
 * or on every account; written in the criteria's rule language. And recertification's dormant days.
 */
export function AlertsFields() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="playbook-alerts">
      <h3 id="playbook-alerts">{t('playbook.alerts')}</h3>
      <p className="muted">{t('playbook.alerts.help')}</p>
      <ListEditor
        path={['alerts']}
        itemTitle={(item, i) => t('playbook.alert.title', { n: i + 1, id: idOf(item) })}
        addLabel={t('playbook.alert.add')}
        newItem={() => structuredClone(NEW_ALERT)}
      >
        {(path) => (
          <>
            <div className="field-row">
              <TextField path={[...path, 'id']} label={t('playbook.field.id')} />
              <TextField path={[...path, 'label']} label={t('playbook.field.label')} />
              <SelectField
                path={[...path, 'scope']}
                label={t('playbook.field.alertScope')}
                options={[
                  { value: 'tal', label: t('playbook.scope.tal') },
                  { value: 'all', label: t('playbook.scope.all') },
                ]}
              />
            </div>
            <JsonField path={[...path, 'when']} label={t('playbook.field.when')} />
          </>
        )}
      </ListEditor>
      <NumberField path={['tal', 'recertify', 'dormantDays']} label={t('playbook.field.dormantDays')} step="1" />
    </section>
  );
}
