import { useI18n } from '@/components/i18n';
import type { DraftPath } from './draft-path';
import { SelectField, TextField } from './fields';
import { JsonField } from './JsonField';
import { idOf, ListEditor } from './ListEditor';

/** The segment tree: how accounts are assigned, and each segment with its rule, goal and children. */
export function SegmentsFields() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="playbook-segments">
      <h3 id="playbook-segments">{t('playbook.segments')}</h3>
      <SelectField
        path={['segments', 'assign']}
        label={t('playbook.field.assign')}
        options={[
          { value: 'first', label: t('playbook.assign.first') },
          { value: 'all', label: t('playbook.assign.all') },
        ]}
      />
      <SegmentList path={['segments', 'list']} />
    </section>
  );
}

function SegmentList({ path }: { path: DraftPath }) {
  const { t } = useI18n();
  return (
    <ListEditor
      path={path}
      itemTitle={(item, i) => t('playbook.segment.title', { n: i + 1, id: idOf(item) })}
      addLabel={t('playbook.segment.add')}
      newItem={() => ({ id: '', name: '', rule: { field: 'industry', op: 'eq', value: '' } })}
    >
      {(itemPath) => (
        <>
          <div className="field-row">
            <TextField path={[...itemPath, 'id']} label={t('playbook.field.id')} />
            <TextField path={[...itemPath, 'name']} label={t('playbook.field.segmentName')} />
            <TextField path={[...itemPath, 'goal']} label={t('playbook.field.goal')} optional />
          </div>
          <JsonField path={[...itemPath, 'rule']} label={t('playbook.field.rule')} />
          <details>
            <summary>{t('playbook.segment.children')}</summary>
            <SegmentList path={[...itemPath, 'children']} />
          </details>
        </>
      )}
    </ListEditor>
  );
}
