import { useI18n } from '@/components/i18n';
import type { Translate } from '@/lib/i18n';
import type { CriterionResult } from '@/lib/rules/result';
import { CriterionItem } from './CriterionItem';
import './icp.css';

export type ChecklistProps = {
  criteria: CriterionResult[];
  /** Ids of the manual criteria whose playbook entry asks for a description. */
  describe?: ReadonlySet<string>;
  /** The rep's descriptions, by criterion id. */
  notes?: Readonly<Record<string, string>>;
  /** Absent for a read-only checklist. */
  onAnswer?: (criterionId: string, value: boolean | null) => void;
  onNote?: (criterionId: string, text: string) => void;
};

/** The ICP checklist grouped by the playbook's sections, in playbook order. */
export function Checklist({ criteria, describe, notes, onAnswer, onNote }: ChecklistProps) {
  const { t } = useI18n();
  const sections = new Map<string | undefined, CriterionResult[]>();
  for (const criterion of criteria) {
    const list = sections.get(criterion.section) ?? [];
    list.push(criterion);
    sections.set(criterion.section, list);
  }
  return (
    <div className="checklist">
      {[...sections].map(([section, items]) => (
        <section key={section ?? ''} className="checklist-section" aria-label={sectionTitle(section, t)}>
          <h3>{sectionTitle(section, t)}</h3>
          <ul>
            {items.map((criterion) => (
              <CriterionItem
                key={criterion.id}
                criterion={criterion}
                describe={describe?.has(criterion.id) ?? false}
                note={notes?.[criterion.id] ?? ''}
                onAnswer={onAnswer}
                onNote={onNote}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** The playbook's two worksheet sections have translated titles; any other section shows as the manager wrote it. */
function sectionTitle(section: string | undefined, t: Translate): string {
  if (section === 'fit') return t('icp.section.fit');
  if (section === 'loyalty') return t('icp.section.loyalty');
  return section ?? t('icp.section.other');
}
