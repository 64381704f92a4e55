import { useId } from 'react';
import { useI18n } from '@/components/i18n';
import { useDraft } from './draft-context';
import { type DraftPath, getIn, setIn } from './draft-path';
import { CheckboxField, NumberField, TextField } from './fields';
import { JsonField } from './JsonField';
import { idOf, ListEditor } from './ListEditor';

const NEW_RULE = { field: 'industry', op: 'in', value: [] };

/** The ICP thresholds and the checklist's criteria, each decided by a rule or answered by a rep. */
export function CriteriaFields() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="playbook-icp">
      <h3 id="playbook-icp">{t('playbook.icp')}</h3>
      <div className="field-row">
        <NumberField path={['icp', 'thresholds', 'fit']} label={t('playbook.field.fit')} step="0.05" />
        <NumberField path={['icp', 'thresholds', 'partial']} label={t('playbook.field.partial')} step="0.05" />
        <NumberField path={['icp', 'minCoverage']} label={t('playbook.field.minCoverage')} step="0.05" />
      </div>
      <ListEditor
        path={['icp', 'criteria']}
        itemTitle={(item, i) => t('playbook.criterion.title', { n: i + 1, id: idOf(item) })}
        addLabel={t('playbook.criterion.add')}
        newItem={() => ({ id: '', label: '', rule: NEW_RULE })}
      >
        {(path) => <CriterionFields path={path} />}
      </ListEditor>
    </section>
  );
}

function CriterionFields({ path }: { path: DraftPath }) {
  const { t } = useI18n();
  const { draft } = useDraft();
  const manual = getIn(draft, [...path, 'manual']) === true;
  return (
    <>
      <div className="field-row">
        <TextField path={[...path, 'id']} label={t('playbook.field.id')} />
        <TextField path={[...path, 'label']} label={t('playbook.field.label')} />
        <TextField path={[...path, 'section']} label={t('playbook.field.section')} optional />
        <NumberField path={[...path, 'weight']} label={t('playbook.field.weight')} />
      </div>
      <CheckboxField path={[...path, 'required']} label={t('playbook.field.required')} />
      <CriterionKind path={path} manual={manual} />
      {manual ? (
        <CheckboxField path={[...path, 'describe']} label={t('playbook.field.describe')} />
      ) : (
        <JsonField path={[...path, 'rule']} label={t('playbook.field.rule')} />
      )}
    </>
  );
}

/** Switches a criterion between a rule and a rep's manual answer (the two are exclusive). */
function CriterionKind({ path, manual }: { path: DraftPath; manual: boolean }) {
  const { t } = useI18n();
  const { change, readOnly } = useDraft();
  const id = useId();
  const toManual = (d: unknown) => setIn(setIn(d, [...path, 'rule'], undefined), [...path, 'manual'], true);
  const toRule = (d: unknown) =>
    setIn(setIn(setIn(d, [...path, 'manual'], undefined), [...path, 'describe'], undefined), [...path, 'rule'], NEW_RULE);
  return (
    <div className="field">
      <label htmlFor={id}>{t('playbook.field.kind')}</label>
      <select
        id={id}
        value={manual ? 'manual' : 'rule'}
        disabled={readOnly}
        onChange={(e) => change(e.target.value === 'manual' ? toManual : toRule)}
      >
        <option value="rule">{t('playbook.kind.rule')}</option>
        <option value="manual">{t('playbook.kind.manual')}</option>
      </select>
    </div>
  );
}
