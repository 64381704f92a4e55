import { useId } from 'react';
import { useI18n } from '@/components/i18n';
import type { TalFilter } from './tal-row';

type Choice = { value: string; label: string };
type Props = { filter: TalFilter; onChange(filter: TalFilter): void; teams: Choice[]; tiers: Choice[]; segments: Choice[] };

/** Search and narrow the TAL by team, tier and segment. */
export function TalFilters({ filter, onChange, teams, tiers, segments }: Props) {
  const { t } = useI18n();
  const id = useId();
  const select = (key: 'team' | 'tier' | 'segment', label: string, choices: Choice[]) => (
    <>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select id={`${id}-${key}`} value={filter[key]} onChange={(e) => onChange({ ...filter, [key]: e.target.value })}>
        <option value="">{t('talList.filter.any')}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </>
  );
  return (
    <fieldset className="filters">
      <legend>{t('talList.filter.title')}</legend>
      <label htmlFor={`${id}-search`}>{t('talList.filter.search')}</label>
      <input id={`${id}-search`} type="search" value={filter.search} onChange={(e) => onChange({ ...filter, search: e.target.value })} />
      {select('team', t('talList.filter.team'), teams)}
      {select('tier', t('talList.filter.tier'), tiers)}
      {select('segment', t('talList.filter.segment'), segments)}
    </fieldset>
  );
}
