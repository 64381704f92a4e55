import { useMemo } from 'react';
import { useI18n } from '@/components/i18n';
import { compilePlaybook } from '@/lib/rules/compile-playbook';
import { customersPerSegment } from '@/lib/rules/segment-goals';
import type { Account } from '@/lib/schema/account';
import { HEALTH_QUESTIONS, type Playbook } from '@/lib/schema/playbook';
import { useDraft } from './draft-context';
import { getIn, setIn } from './draft-path';
import { playbookNames } from './playbook-names';

type Answer = { answer: boolean; by: string; at: string };

/**
 * The segment health checklist's questions that only people can answer ("Endorsed by sales
 * leadership?"), answered yes or no in the draft with who and when, so the saved playbook records
 * who endorsed it; and the one the data answers: proof of fit, the customers in each segment.
 */
export function HealthQuestions({
  saved,
  customers,
  who,
  now,
}: {
  saved: Playbook | undefined;
  customers: readonly Account[] | null;
  who: string;
  now: number;
}) {
  const { t, locale } = useI18n();
  const { draft, change, readOnly } = useDraft();
  const proof = useMemo(
    () => (saved && customers ? customersPerSegment(compilePlaybook(saved), customers, now) : null),
    [saved, customers, now],
  );
  const names = playbookNames(saved);
  const answerOf = (question: string) => getIn(draft, ['health', 'answers', question]) as Answer | undefined;
  const answer = (question: string, value: boolean) =>
    change((current) => setIn(current, ['health', 'answers', question], { answer: value, by: who, at: new Date(now).toISOString() }));
  const when = (iso: string) => new Date(iso).toLocaleDateString(locale, { dateStyle: 'medium' });
  return (
    <section className="card health-questions" aria-labelledby="health-questions-heading" data-testid="health-questions">
      <h3 id="health-questions-heading">{t('healthq.heading')}</h3>
      <p className="muted">{t('healthq.help')}</p>
      {proof && (
        <p data-testid="proof-of-fit">
          {t('healthq.proof', {
            segments: [...proof].map(([id, count]) => `${names.segmentName(id)} ${count}`).join(', '),
          })}
          {[...proof.values()].some((count) => count === 0) && <span className="muted"> {t('healthq.proofMissing')}</span>}
        </p>
      )}
      {HEALTH_QUESTIONS.map((question) => {
        const given = answerOf(question);
        return (
          <fieldset key={question} className="health-question" disabled={readOnly}>
            <legend>{t(`healthq.q.${question}`)}</legend>
            <label>
              <input type="radio" name={`health-${question}`} checked={given?.answer === true} onChange={() => answer(question, true)} />{' '}
              {t('common.yes')}
            </label>{' '}
            <label>
              <input type="radio" name={`health-${question}`} checked={given?.answer === false} onChange={() => answer(question, false)} />{' '}
              {t('common.no')}
            </label>
            {given && <span className="muted"> · {t('healthq.answered', { who: given.by, when: when(given.at) })}</span>}
          </fieldset>
        );
      })}
    </section>
  );
}
