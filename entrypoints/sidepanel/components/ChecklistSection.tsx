import { useMemo, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { Checklist } from '@/components/icp/Checklist';
import type { CompiledPlaybook } from '@/lib/rules';
import type { CriterionResult } from '@/lib/rules/result';
import { usePanel } from '../hooks/use-panel';
import { usePanelServices } from '../services';

export type ChecklistSectionProps = {
  accountId: string;
  criteria: CriterionResult[];
  notes: Record<string, string>;
  playbook: CompiledPlaybook;
};

/** The ICP checklist of one account; each answer is saved at once, and the live query re-scores the verdict. */
export function ChecklistSection({ accountId, criteria, notes, playbook }: ChecklistSectionProps) {
  const { t } = useI18n();
  const { writes } = usePanelServices();
  const judgmentsOpen = usePanel((s) => s.judgmentsOpen);
  const setJudgmentsOpen = usePanel((s) => s.setJudgmentsOpen);
  const [error, setError] = useState<string | null>(null);
  const describe = useMemo(() => new Set(playbook.playbook.icp.criteria.filter((c) => c.describe).map((c) => c.id)), [playbook]);
  const saving = (save: Promise<void>) => {
    setError(null);
    save.catch((reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)));
  };
  return (
    <section className="checklist-block" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">{t('icp.checklist')}</h2>
      {error && (
        <p role="alert" className="field-error">
          {t('common.error', { message: error })}
        </p>
      )}
      <Checklist
        criteria={criteria}
        currency={playbook.playbook.currency}
        judgmentsOpen={judgmentsOpen}
        onJudgmentsOpen={setJudgmentsOpen}
        describe={describe}
        notes={notes}
        onAnswer={(criterionId, value) => saving(writes.saveAnswer(accountId, criterionId, value))}
        onNote={(criterionId, text) => saving(writes.saveNote(accountId, criterionId, text))}
      />
    </section>
  );
}
