import { type ReactNode, useId, useState } from 'react';
import { useI18n } from '@/components/i18n';
import type { Translate } from '@/lib/i18n';
import type { CriterionResult } from '@/lib/rules/result';
import { CriterionItem } from './CriterionItem';
import './icp.css';

export type ChecklistProps = {
  criteria: CriterionResult[];
  /** The playbook's currency, for money in the evidence. */
  currency: string;
  /** Ids of the manual criteria whose playbook entry asks for a description. */
  describe?: ReadonlySet<string>;
  /** The rep's descriptions, by criterion id. */
  notes?: Readonly<Record<string, string>>;
  /** Absent for a read-only checklist. */
  onAnswer?: (criterionId: string, value: boolean | null) => void;
  onNote?: (criterionId: string, text: string) => void;
  /** Whether the judgments are open, when the parent keeps it; else they open for a reviewer and fold for a rep. */
  judgmentsOpen?: boolean;
  onJudgmentsOpen?: (open: boolean) => void;
};

/**
 * The ICP checklist as a worksheet: first what the data decides (each check with its evidence in
 * words), then the rep's judgments, counted and folded away until the rep opens them. Within each
 * group, the playbook's sections in playbook order.
 */
export function Checklist({ criteria, currency, describe, notes, onAnswer, onNote, judgmentsOpen, onJudgmentsOpen }: ChecklistProps) {
  const { t } = useI18n();
  const dataHeading = useId();
  const data = criteria.filter((c) => !c.manual);
  const judgments = criteria.filter((c) => c.manual);
  const passed = data.filter((c) => c.status === 'pass').length;
  const unanswered = judgments.filter((c) => c.status === 'unanswered').length;
  const items = (list: CriterionResult[]) => (
    <Sections
      criteria={list}
      render={(criterion) => (
        <CriterionItem
          key={criterion.id}
          criterion={criterion}
          currency={currency}
          describe={describe?.has(criterion.id) ?? false}
          note={notes?.[criterion.id] ?? ''}
          onAnswer={onAnswer}
          onNote={onNote}
        />
      )}
    />
  );
  return (
    <div className="checklist">
      {data.length > 0 && (
        <section className="checklist-group" aria-labelledby={dataHeading} data-group="data">
          <GroupHeading id={dataHeading} title={t('icp.group.data')} count={t('icp.group.dataCount', { passed, total: data.length })} />
          {items(data)}
        </section>
      )}
      {judgments.length > 0 && (
        <Judgments
          // A rep's worksheet opens on demand; a reviewer reads the rep's answers at once.
          initiallyOpen={judgmentsOpen ?? onAnswer === undefined}
          onOpen={onJudgmentsOpen}
          summary={
            unanswered === 0
              ? t('icp.group.judgmentsDone', { total: judgments.length })
              : t('icp.group.judgmentsCount', { unanswered, total: judgments.length })
          }
        >
          {items(judgments)}
        </Judgments>
      )}
    </div>
  );
}

function GroupHeading({ id, title, count }: { id: string; title: string; count: string }) {
  return (
    <h3 className="checklist-group-heading" id={id}>
      {title} <span className="muted">· {count}</span>
    </h3>
  );
}

/** The judgments behind a disclosure button that says how many are still unanswered. */
function Judgments({
  initiallyOpen,
  onOpen,
  summary,
  children,
}: {
  initiallyOpen: boolean;
  onOpen: ((open: boolean) => void) | undefined;
  summary: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const [open, setOpenState] = useState(initiallyOpen);
  const setOpen = (next: boolean) => {
    setOpenState(next);
    onOpen?.(next);
  };
  const bodyId = useId();
  return (
    <section className="checklist-group" data-group="judgments" aria-label={t('icp.group.judgments')}>
      <h3 className="checklist-group-heading">
        <button type="button" className="disclosure" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          <span aria-hidden="true" className="disclosure-mark">
            {open ? '▾' : '▸'}
          </span>{' '}
          {t('icp.group.judgments')} <span className="muted">· {summary}</span>
        </button>
      </h3>
      <div id={bodyId} hidden={!open}>
        {children}
      </div>
    </section>
  );
}

/** Criteria under the playbook's section titles, in playbook order; one section needs no title. */
function Sections({ criteria, render }: { criteria: CriterionResult[]; render: (c: CriterionResult) => ReactNode }) {
  const { t } = useI18n();
  const sections = new Map<string | undefined, CriterionResult[]>();
  for (const criterion of criteria) sections.set(criterion.section, [...(sections.get(criterion.section) ?? []), criterion]);
  if (sections.size === 1) return <ul className="criteria">{criteria.map(render)}</ul>;
  return [...sections].map(([section, list]) => (
    <section key={section ?? ''} className="checklist-section" aria-label={sectionTitle(section, t)}>
      <h4>{sectionTitle(section, t)}</h4>
      <ul className="criteria">{list.map(render)}</ul>
    </section>
  ));
}

/** The playbook's two worksheet sections have translated titles; any other section shows as the manager wrote it. */
function sectionTitle(section: string | undefined, t: Translate): string {
  if (section === 'fit') return t('icp.section.fit');
  if (section === 'loyalty') return t('icp.section.loyalty');
  return section ?? t('icp.section.other');
}
