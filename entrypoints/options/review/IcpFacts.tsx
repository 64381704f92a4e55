import { useI18n } from '@/components/i18n';
import { VerdictText } from '@/components/icp/VerdictText';
import type { Evidence } from '@/lib/schema/proposal';
import type { PlaybookNames } from '../playbook/playbook-names';

/** The parts of an ICP result a reviewer compares: captured with the proposal, or computed now. */
export type IcpFactsValue = Pick<Evidence, 'verdict' | 'score' | 'coverage' | 'segments'> & { tier?: string | null | undefined };

/** A verdict with score and coverage, the segments and the tier, in two short lines. */
export function IcpFacts({ facts, names }: { facts: IcpFactsValue; names: PlaybookNames }) {
  const { t } = useI18n();
  const segments = facts.segments.map(names.segmentName).join(', ');
  return (
    <div className="icp-facts">
      <p>
        <VerdictText icp={facts} />
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
