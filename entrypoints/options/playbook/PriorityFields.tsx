import { useId } from 'react';
import { useI18n } from '@/components/i18n';
import { useDraft } from './draft-context';
import { type DraftPath, getIn, setIn } from './draft-path';
import { NumberField, TextField } from './fields';
import { idOf, ListEditor } from './ListEditor';

/** The priority factors and tiers. */
export function PriorityFields() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="playbook-priority">
      <h3 id="playbook-priority">{t('playbook.priority')}</h3>
      <h4>{t('playbook.factors')}</h4>
      <ListEditor
        path={['priority', 'factors']}
        itemTitle={(item, i) => t('playbook.factor.title', { n: i + 1, id: idOf(item) })}
        addLabel={t('playbook.factor.add')}
        newItem={() => ({ id: '', weight: 1, field: 'intentScore', max: 100 })}
      >
        {(path) => <FactorFields path={path} />}
      </ListEditor>
      <h4>{t('playbook.tiers')}</h4>
      <ListEditor
        path={['priority', 'tiers']}
        itemTitle={(item, i) => t('playbook.tier.title', { n: i + 1, id: idOf(item) })}
        addLabel={t('playbook.tier.add')}
        newItem={() => ({ id: '', min: 0 })}
      >
        {(path) => (
          <div className="field-row">
            <TextField path={[...path, 'id']} label={t('playbook.field.id')} />
            <TextField path={[...path, 'name']} label={t('playbook.field.tierName')} optional />
            <NumberField path={[...path, 'min']} label={t('playbook.field.min')} />
          </div>
        )}
      </ListEditor>
    </section>
  );
}

function FactorFields({ path }: { path: DraftPath }) {
  const { t } = useI18n();
  const { draft, change, readOnly } = useDraft();
  const id = useId();
  const fromIcp = getIn(draft, [...path, 'source']) === 'icp';
  const toIcp = (d: unknown) =>
    setIn(setIn(setIn(d, [...path, 'field'], undefined), [...path, 'max'], undefined), [...path, 'source'], 'icp');
  const toField = (d: unknown) =>
    setIn(setIn(setIn(d, [...path, 'source'], undefined), [...path, 'field'], 'intentScore'), [...path, 'max'], 100);
  return (
    <div className="field-row">
      <TextField path={[...path, 'id']} label={t('playbook.field.id')} />
      <NumberField path={[...path, 'weight']} label={t('playbook.field.weight')} />
      <div className="field">
        <label htmlFor={id}>{t('playbook.field.source')}</label>
        <select
          id={id}
          value={fromIcp ? 'icp' : 'field'}
          disabled={readOnly}
          onChange={(e) => change(e.target.value === 'icp' ? toIcp : toField)}
        >
          <option value="icp">{t('playbook.source.icp')}</option>
          <option value="field">{t('playbook.source.field')}</option>
        </select>
      </div>
      {!fromIcp && <TextField path={[...path, 'field']} label={t('playbook.field.field')} />}
      {!fromIcp && <NumberField path={[...path, 'max']} label={t('playbook.field.max')} />}
    </div>
  );
}
