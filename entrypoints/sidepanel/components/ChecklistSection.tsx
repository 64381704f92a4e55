import { useMemo, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { Checklist } from '@/components/icp/Checklist';
import { agoWords } from '@/lib/i18n/ago-words';
import type { CompiledPlaybook } from '@/lib/rules';
import type { CriterionResult } from '@/lib/rules/result';
import { usePanel } from '../hooks/use-panel';
import { usePanelServices } from '../services';

export type ChecklistSectionProps = {
  accountId: string;
  criteria: CriterionResult[];
  notes: Record<string, string>;
  playbook: CompiledPlaybook;
  /** A teammate who gave these answers (team mode), shown so the rep knows whose judgment they read. */
  answeredBy?: { id: string; name?: string; at: string };
};

/** The ICP checklist of one account; each answer is saved at once, and the live query re-scores the verdict. */
export function ChecklistSection({ accountId, criteria, notes, playbook, answeredBy }: ChecklistSectionProps) {
  const { t, locale } = useI18n();
  const { writes, now } = usePanelServices();
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
      {answeredBy && (
        <p className="muted" data-testid="answered-by">
          {t('icp.answeredBy', { name: answeredBy.name ?? answeredBy.id, when: agoWords(t, locale, Date.parse(answeredBy.at), now()) })}
        </p>
      )}
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
