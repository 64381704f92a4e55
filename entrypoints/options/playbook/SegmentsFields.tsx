import { useId } from 'react';
import { useI18n } from '@/components/i18n';
import { GOAL_METRICS } from '@/lib/schema/playbook';
import { useDraft } from './draft-context';
import { type DraftPath, getIn, setIn } from './draft-path';
import { NumberField, SelectField, TextField } from './fields';
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
          <MeasureFields path={[...itemPath, 'measure']} />
          <details>
            <summary>{t('playbook.segment.children')}</summary>
            <SegmentList path={[...itemPath, 'children']} />
          </details>
        </>
      )}
    </ListEditor>
  );
}

/** How a segment's goal is measured: a metric counted on the data, a target and a period; none by default. */
function MeasureFields({ path }: { path: DraftPath }) {
  const { t } = useI18n();
  const { draft, change, readOnly } = useDraft();
  const id = useId();
  const measure = getIn(draft, path) as { metric?: string; target?: number } | undefined;
  const choose = (metric: string) =>
    change((current) =>
      metric === '' ? setIn(current, path, undefined) : setIn(current, path, { ...measure, metric, target: measure?.target ?? 10 }),
    );
  return (
    <div className="field-row">
      <div className="field">
        <label htmlFor={id}>{t('playbook.field.measure')}</label>
        <select id={id} value={measure?.metric ?? ''} disabled={readOnly} onChange={(e) => choose(e.target.value)}>
          <option value="">{t('playbook.measure.none')}</option>
          {GOAL_METRICS.map((metric) => (
            <option key={metric} value={metric}>
              {t(`goals.metric.${metric}`)}
            </option>
          ))}
        </select>
      </div>
      {measure?.metric && (
        <>
          <NumberField path={[...path, 'target']} label={t('playbook.field.target')} step="1" />
          <SelectField
            path={[...path, 'period']}
            label={t('playbook.field.measurePeriod')}
            options={[
              { value: '', label: t('playbook.measure.noPeriod') },
              { value: 'quarter', label: t('goals.period.quarter') },
              { value: 'month', label: t('goals.period.month') },
              { value: 'year', label: t('goals.period.year') },
            ]}
          />
        </>
      )}
    </div>
  );
}
