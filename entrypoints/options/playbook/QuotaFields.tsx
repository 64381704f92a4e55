import { useI18n } from '@/components/i18n';
import { PERIODS } from '@/lib/schema/playbook';
import { NumberField, SelectField, TextField } from './fields';
import { idOf, ListEditor } from './ListEditor';

/** The TAL's quota period and the teams with their add quotas. */
export function QuotaFields() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="playbook-quotas">
      <h3 id="playbook-quotas">{t('playbook.quotas')}</h3>
      <SelectField
        path={['tal', 'period']}
        label={t('playbook.field.period')}
        options={PERIODS.map((p) => ({ value: p, label: t(`playbook.period.${p}`) }))}
      />
      <ListEditor
        path={['tal', 'teams']}
        itemTitle={(item, i) => t('playbook.team.title', { n: i + 1, id: idOf(item) })}
        addLabel={t('playbook.team.add')}
        newItem={() => ({ id: '', name: '', addQuota: 10 })}
      >
        {(path) => (
          <div className="field-row">
            <TextField path={[...path, 'id']} label={t('playbook.field.id')} />
            <TextField path={[...path, 'name']} label={t('playbook.field.teamName')} />
            <NumberField path={[...path, 'addQuota']} label={t('playbook.field.addQuota')} step="1" />
            <SelectField
              path={[...path, 'scope']}
              label={t('playbook.field.scope')}
              options={[
                { value: 'team', label: t('playbook.scope.team') },
                { value: 'rep', label: t('playbook.scope.rep') },
              ]}
            />
          </div>
        )}
      </ListEditor>
    </section>
  );
}
