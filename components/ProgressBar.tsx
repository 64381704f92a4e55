/**
 * A real progress bar (role=progressbar with its value), drawn as a track and its fill: an import's
 * or an upload's progress, recertification's share, a segment goal's progress.
 */
export function ProgressBar({ label, value, max = 100 }: { label: string; value: number; max?: number }) {
  const shown = Math.min(Math.max(value, 0), max);
  return (
    <div className="progress-bar" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={max} aria-valuenow={shown}>
      <div className="fill" style={{ width: `${max === 0 ? 0 : Math.round((100 * shown) / max)}%` }} />
    </div>
  );
}
