import { useId } from 'react';
import { useI18n } from '@/components/i18n';
import type { PlaybookNames } from '../playbook/playbook-names';
import type { ReviewFilter } from './filter-review';

type Choices = { teams: string[]; reps: { value: string; label: string }[]; segments: string[] };
type Props = { filter: ReviewFilter; choices: Choices; onChange(filter: ReviewFilter): void; names: PlaybookNames };

const AGES = [0, 1, 3, 7, 30];

/** Narrows the queue by team, rep, type, segment and age. */
export function ReviewFilters({ filter, choices, onChange, names }: Props) {
  const { t } = useI18n();
  const id = useId();
  const set = <K extends keyof ReviewFilter>(key: K, value: ReviewFilter[K]) => onChange({ ...filter, [key]: value });
  const any = <option value="">{t('review.filter.any')}</option>;
  return (
    <fieldset className="filters">
      <legend>{t('review.filter.title')}</legend>
      <label htmlFor={`${id}-team`}>{t('review.filter.team')}</label>
      <select id={`${id}-team`} value={filter.team} onChange={(e) => set('team', e.target.value)}>
        {any}
        {choices.teams.map((v) => (
          <option key={v} value={v}>
            {names.teamName(v)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-rep`}>{t('review.filter.rep')}</label>
      <select id={`${id}-rep`} value={filter.rep} onChange={(e) => set('rep', e.target.value)}>
        {any}
        {choices.reps.map(({ value, label }) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-type`}>{t('review.filter.type')}</label>
      <select
        id={`${id}-type`}
        value={filter.type}
        onChange={(e) => set('type', e.target.value === 'add' || e.target.value === 'remove' ? e.target.value : '')}
      >
        {any}
        <option value="add">{t('proposals.type.add')}</option>
        <option value="remove">{t('proposals.type.remove')}</option>
      </select>
      <label htmlFor={`${id}-segment`}>{t('review.filter.segment')}</label>
      <select id={`${id}-segment`} value={filter.segment} onChange={(e) => set('segment', e.target.value)}>
        {any}
        {choices.segments.map((v) => (
          <option key={v} value={v}>
            {names.segmentName(v)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-age`}>{t('review.filter.age')}</label>
      <select id={`${id}-age`} value={filter.minAgeDays} onChange={(e) => set('minAgeDays', Number(e.target.value))}>
        {AGES.map((days) => (
          <option key={days} value={days}>
            {days === 0 ? t('review.filter.any') : t('review.filter.olderThan', { days })}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
