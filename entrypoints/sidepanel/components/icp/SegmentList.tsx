import { useI18n } from '@/components/i18n';
import type { SegmentMatch } from '@/lib/rules/result';

/** The segments an account belongs to, children indented under their parent, each with its goal. */
export function SegmentList({ segments }: { segments: SegmentMatch[] }) {
  const { t } = useI18n();
  if (segments.length === 0) return <p className="muted">{t('icp.segments.none')}</p>;
  return (
    <ul className="segment-list">
      {segments.map((segment) => (
        <li key={segment.id} data-segment-id={segment.id} style={{ marginInlineStart: `${segment.depth}rem` }}>
          <span className="segment-name">{segment.name}</span>
          {segment.goal && <span className="muted segment-goal">{t('icp.segment.goal', { goal: segment.goal })}</span>}
        </li>
      ))}
    </ul>
  );
}
