import { useI18n } from '@/components/i18n';
import { describeEvidence, type RuleEvidence } from '@/lib/rules';

/** Why a rule criterion has its status, in the rep's language ("Annual revenue $240M — within $5M–$2B"). */
export function EvidenceText({ evidence, currency }: { evidence: RuleEvidence; currency: string }) {
  const { locale } = useI18n();
  return <p className="evidence">{describeEvidence(evidence, locale, currency)}</p>;
}
