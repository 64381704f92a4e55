import { useI18n } from '@/components/i18n';
import { describeEvidence, type RuleEvidence } from '@/lib/rules';

/** Why a rule criterion has its status, in the rep's language ("employees 1,800 — within 50–10,000"). */
export function EvidenceText({ evidence }: { evidence: RuleEvidence }) {
  const { locale } = useI18n();
  return <p className="evidence">{describeEvidence(evidence, locale)}</p>;
}
