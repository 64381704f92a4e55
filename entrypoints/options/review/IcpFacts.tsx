import { useI18n } from '@/components/i18n';
import { VerdictText } from '@/components/icp/VerdictText';
import { figureWords, VERDICT_WORDS } from '@/components/icp/verdict-words';
import type { CriterionStatus } from '@/lib/rules/result';
import type { ReasonCriterion } from '@/lib/rules/verdict-reason';
import type { Evidence } from '@/lib/schema/proposal';
import type { PlaybookNames } from '../playbook/playbook-names';

/** The parts of an ICP result a reviewer compares: captured with the proposal, or computed now. */
export type IcpFactsValue = Pick<Evidence, 'verdict' | 'score' | 'coverage' | 'segments' | 'criteria'> & {
  tier?: string | null | undefined;
};

/**
 * A verdict with its main reason (the panel's words), the segments and the tier, in two short lines.
 * Evidence captured before criteria were kept says only the verdict and its figures.
 */
export function IcpFacts({ facts, names }: { facts: IcpFactsValue; names: PlaybookNames }) {
  const { t, locale } = useI18n();
  const segments = facts.segments.map(names.segmentName).join(', ');
  const criteria: ReasonCriterion[] | undefined = facts.criteria?.map((c) => ({
    label: names.criterionLabel(c.id),
    required: names.criterionRequired(c.id),
    status: c.status as CriterionStatus,
  }));
  return (
    <div className="icp-facts">
      <p>
        {criteria ? (
          <VerdictText icp={{ ...facts, criteria }} />
        ) : (
          <span className="verdict-text" data-verdict={facts.verdict}>
            <strong>{t(VERDICT_WORDS[facts.verdict])}</strong> · {figureWords(facts, t, locale)}
          </span>
        )}
      </p>
      <p className="muted">
        {segments === '' ? t('gov.segments.none') : t('gov.segments.list', { segments })}
        {facts.tier !== undefined && (
          <> · {facts.tier === null ? t('icp.tier.none') : t('icp.tier', { tier: names.tierName(facts.tier) })}</>
        )}
      </p>
    </div>
  );
}
