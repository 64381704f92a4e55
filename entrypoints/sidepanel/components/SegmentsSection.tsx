import { useI18n } from '@/components/i18n';
import { SegmentList } from '@/entrypoints/sidepanel/components/icp/SegmentList';
import type { SegmentMatch } from '@/lib/rules/result';

/** The account's segments with their goals (its priority and tier are in the head). */
export function SegmentsSection({ segments }: { segments: SegmentMatch[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="segments-heading">
      <h2 id="segments-heading">{t('icp.segments')}</h2>
      <SegmentList segments={segments} />
    </section>
  );
}
